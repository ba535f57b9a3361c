package dev.ismsdecider.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.facts.StrictJson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Each tenant's append-only hash chain (docs/records.md). An entry is canonical JSON (RFC 8785) that names its tenant
 * and its position; its hash is SHA-256 over the previous entry's hash and the entry. Appends to one tenant are taken
 * in turn inside this process; the primary key (tenant, seq) turns away a second writer from another process, which
 * then appends after the entry that won.
 */
final class Chain {

    /** Rows read per query while walking a chain: keyset pages, so a long chain is never held in memory at once. */
    private static final int PAGE = 500;
    private static final int ATTEMPTS = 20;
    private static final ObjectMapper JSON = StrictJson.mapper();

    private final JdbcClient jdbc;
    private final Map<String, ReentrantLock> appending = new ConcurrentHashMap<>();

    Chain(RecordsDatabase database) {
        this.jdbc = database.jdbc();
    }

    /** A stored entry: its row's columns and the canonical entry they came from. */
    record Row(String tenant, long seq, Columns columns, String entry, String prevHash, String entryHash) {

        ChainLink link() {
            return new ChainLink(seq, prevHash, entryHash);
        }

        JsonNode json() {
            return parse(entry);
        }
    }

    /**
     * The fields of an entry that its row repeats as columns, so that lists can be filtered in SQL.
     * {@code verdict} is an assessment's verdict, {@code subjectId} the assessment an approval is about.
     */
    record Columns(String id, String kind, Instant recordedAt, String recordedBy, String subjectId, String verdict,
                   String organization, String ruleSetVersion) {
    }

    /**
     * Appends an entry: {@code seq} and {@code tenant} are set here, the rest comes filled in.
     *
     * @return the row as stored
     */
    Row append(String tenant, ObjectNode entry) {
        ReentrantLock lock = appending.computeIfAbsent(tenant, t -> new ReentrantLock());
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                ChainHead head = head(tenant);
                entry.put("tenant", tenant);
                entry.put("seq", head.count() + 1);
                String canonical = Hashes.canonical(write(entry));
                Row row = new Row(tenant, head.count() + 1, columns(canonical), canonical, head.headHash(),
                        Hashes.entryHash(head.headHash(), canonical));
                try {
                    insert(row);
                    return row;
                } catch (DuplicateKeyException anotherProcessWasFirst) {
                    if (attempt == ATTEMPTS) {
                        throw anotherProcessWasFirst;
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private static Columns columns(String canonical) {
        try {
            return EntryFields.read(canonical).columns();
        } catch (IOException e) {
            throw new IllegalStateException("an entry built here lacks a field every entry has", e);
        }
    }

    private void insert(Row row) {
        Columns c = row.columns();
        jdbc.sql("INSERT INTO chain_entries (tenant, seq, id, kind, recorded_at, recorded_by, subject_id, verdict, organization,"
                        + " rule_set_version, entry, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.tenant(), row.seq(), c.id(), c.kind(), OffsetDateTime.ofInstant(c.recordedAt(), ZoneOffset.UTC),
                        c.recordedBy(), c.subjectId(), c.verdict(), c.organization(), c.ruleSetVersion(),
                        row.entry(), row.prevHash(), row.entryHash())
                .update();
    }

    ChainHead head(String tenant) {
        return jdbc.sql("SELECT seq, entry_hash FROM chain_entries WHERE tenant = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .param(tenant)
                .query((rs, n) -> new ChainHead(tenant, rs.getLong("seq"), rs.getString("entry_hash")))
                .optional().orElse(new ChainHead(tenant, 0, Hashes.GENESIS));
    }

    /** Every tenant that has at least one entry, by name. */
    List<String> tenants() {
        return jdbc.sql("SELECT DISTINCT tenant FROM chain_entries ORDER BY tenant").query(String.class).list();
    }

    Optional<Row> find(String tenant, String kind, String id) {
        return jdbc.sql(SELECT + " WHERE tenant = ? AND kind = ? AND id = ?").params(tenant, kind, id).query(Chain::row).optional();
    }

    /** Rows chosen by a condition on the columns (without {@code WHERE}), in chain order. */
    List<Row> where(String condition, Object... params) {
        return jdbc.sql(SELECT + " WHERE " + condition + " ORDER BY seq").params(params).query(Chain::row).list();
    }

    /** Calls {@code visit} with each of the tenant's rows in chain order, page by page. */
    void walk(String tenant, Consumer<Row> visit) {
        long after = 0;
        while (true) {
            List<Row> page = jdbc.sql(SELECT + " WHERE tenant = ? AND seq > ? ORDER BY seq FETCH FIRST " + PAGE + " ROWS ONLY")
                    .params(tenant, after).query(Chain::row).list();
            page.forEach(visit);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    /** Recomputes the tenant's chain and names the first entry that does not match; see {@link Verification.Problem}. */
    Verification verify(String tenant) {
        ChainWalk walk = new ChainWalk(tenant, this::positionLinkingTo);
        try {
            walk(tenant, row -> {
                if (!walk.accept(row)) {
                    throw new BreachFound();
                }
            });
        } catch (BreachFound stop) {
            // walk holds the breach
        }
        return walk.result();
    }

    /** The position of the row whose previous hash is the given one, other than at {@code except}. */
    private Optional<Long> positionLinkingTo(String tenant, String prevHash, long except) {
        return jdbc.sql("SELECT seq FROM chain_entries WHERE tenant = ? AND prev_hash = ? AND seq <> ? ORDER BY seq FETCH FIRST 1 ROWS ONLY")
                .params(tenant, prevHash, except).query(Long.class).optional();
    }

    private static final class BreachFound extends RuntimeException {
        BreachFound() {
            super(null, null, false, false);
        }
    }

    private static final String SELECT = "SELECT tenant, seq, id, kind, recorded_at, recorded_by, subject_id, verdict, organization,"
            + " rule_set_version, entry, prev_hash, entry_hash FROM chain_entries";

    private static Row row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class);
        Columns columns = new Columns(rs.getString("id"), rs.getString("kind"), at == null ? null : at.toInstant(),
                rs.getString("recorded_by"), rs.getString("subject_id"), rs.getString("verdict"), rs.getString("organization"),
                rs.getString("rule_set_version"));
        return new Row(rs.getString("tenant"), rs.getLong("seq"), columns, rs.getString("entry"), strip(rs.getString("prev_hash")),
                strip(rs.getString("entry_hash")));
    }

    private static String strip(String fixedWidth) {
        return fixedWidth == null ? null : fixedWidth.strip();
    }

    static JsonNode parse(String entry) {
        try {
            return JSON.readTree(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored entry is not JSON", e);
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entry not writable as JSON", e);
        }
    }

    /** Whether an entry's repeated columns agree with the entry; the name of the first column that does not, otherwise. */
    static Optional<String> disagreeingColumn(Columns stored, Columns fromEntry) {
        if (!Objects.equals(stored.id(), fromEntry.id())) return Optional.of("id");
        if (!Objects.equals(stored.kind(), fromEntry.kind())) return Optional.of("kind");
        if (!Objects.equals(stored.recordedAt(), fromEntry.recordedAt())) return Optional.of("recorded_at");
        if (!Objects.equals(stored.recordedBy(), fromEntry.recordedBy())) return Optional.of("recorded_by");
        if (!Objects.equals(stored.subjectId(), fromEntry.subjectId())) return Optional.of("subject_id");
        if (!Objects.equals(stored.verdict(), fromEntry.verdict())) return Optional.of("verdict");
        if (!Objects.equals(stored.organization(), fromEntry.organization())) return Optional.of("organization");
        if (!Objects.equals(stored.ruleSetVersion(), fromEntry.ruleSetVersion())) return Optional.of("rule_set_version");
        return Optional.empty();
    }
}
