package dev.ismsdecider.records;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * API keys and their tenants. A key is {@code isd_} and 256 random bits in base64url; the database keeps only its
 * SHA-256, which is enough for a secret of that strength (no salt or slow hash is needed against guessing).
 */
public final class ApiKeys {

    private static final String PREFIX = "isd_";
    private static final Pattern KEY = Pattern.compile("isd_[A-Za-z0-9_-]{43}");
    /** Tenant names travel in URLs, logs and exports: letters, digits and {@code . _ -}. */
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, name, tenant, role, created_at, revoked_at";

    private final JdbcClient jdbc;

    public ApiKeys(RecordsDatabase database) {
        this.jdbc = database.jdbc();
    }

    /**
     * Creates a key; its secret is in the answer and nowhere else.
     *
     * @param name who uses it (recorded as the author of what it stores); blank for a generated name
     * @throws IllegalArgumentException when the tenant or the name is not acceptable, with the reason
     */
    public ApiKey.Issued create(String tenant, Role role, String name) {
        if (tenant == null || !TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException("tenant must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (role == null) {
            throw new IllegalArgumentException("role must be one of CONSULTANT, REVIEWER, ADMIN");
        }
        String id = UUID.randomUUID().toString();
        String keyName = name == null || name.isBlank() ? role.name().toLowerCase() + "-" + id.substring(0, 8) : name.strip();
        if (keyName.length() > 200) {
            throw new IllegalArgumentException("name must be at most 200 characters");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("INSERT INTO api_keys (id, name, tenant, role, key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, keyName, tenant, role.name(), Hashes.sha256(secret), now).update();
        return new ApiKey.Issued(new ApiKey(id, keyName, tenant, role, now.toInstant().toString(), null), secret);
    }

    /** The valid key with this secret; empty for a malformed, unknown or revoked one (the caller cannot tell which). */
    public Optional<ApiKey> authenticate(String secret) {
        if (secret == null || !KEY.matcher(secret).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL")
                .param(Hashes.sha256(secret)).query(ApiKeys::key).optional();
    }

    /** The tenant's keys, valid and revoked, oldest first. */
    public List<ApiKey> list(String tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_keys WHERE tenant = ? ORDER BY created_at, id")
                .param(tenant).query(ApiKeys::key).list();
    }

    /** Revokes one of the tenant's keys; false when the tenant has no such key (revoking twice is harmless). */
    public boolean revoke(String tenant, String id) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("UPDATE api_keys SET revoked_at = ? WHERE tenant = ? AND id = ? AND revoked_at IS NULL")
                .params(now, tenant, id).update();
        return jdbc.sql("SELECT COUNT(*) FROM api_keys WHERE tenant = ? AND id = ?").params(tenant, id)
                .query(Long.class).single() > 0;
    }

    private static ApiKey key(ResultSet row, int n) throws SQLException {
        OffsetDateTime revoked = row.getObject("revoked_at", OffsetDateTime.class);
        return new ApiKey(row.getString("id"), row.getString("name"), row.getString("tenant"), Role.valueOf(row.getString("role")),
                row.getObject("created_at", OffsetDateTime.class).toInstant().toString(),
                revoked == null ? null : revoked.toInstant().toString());
    }
}
