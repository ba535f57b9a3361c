package dev.ismsdecider.records;

/**
 * An API key as the tenant's admins see it: never the secret, never its hash.
 *
 * @param revokedAt when it was revoked (ISO-8601), or null while it is valid
 */
public record ApiKey(String id, String name, String tenant, Role role, String createdAt, String revokedAt) {

    /** The key that was just created, with its secret: shown once, stored only as a hash. */
    public record Issued(ApiKey key, String secret) {
    }
}
