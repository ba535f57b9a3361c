package dev.ismsdecider.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.profile.StrictJson;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

import javax.sql.DataSource;

import java.io.IOException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Each tenant's append-only hash chain (docs/records.md). An entry is canonical JSON (RFC 8785) that names its tenant
 * and its position; its hash is SHA-256 over the previous entry's hash and the entry. Appends to one tenant are taken
 * in turn inside this process, those that arrive together in one transaction ({@link #append}); the primary key
 * (tenant, seq) turns away a second writer from another process, which then appends after the entries that won.
 */
final class Chain {

    /** Rows read per query while walking a chain: keyset pages, so a long chain is never held in memory at once. */
    private static final int PAGE = 500;
    private static final int ATTEMPTS = 20;
    private static final ObjectMapper JSON = StrictJson.mapper();

    /** Entries appended in one transaction at most. */
    private static final int GROUP = 64;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Map<String, Appender> appenders = new ConcurrentHashMap<>();

    Chain(RecordsDatabase database) {
        this.jdbc = database.jdbc();
        this.dataSource = database.dataSource();
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
     * Appends an entry: {@code seq} and {@code tenant} are set here, the rest comes filled in. Returns once the entry
     * is committed.
     * <p>
     * Group commit: the caller canonicalises its entry (with {@code seq} 0) and queues it for its tenant; whichever
     * caller gets the tenant's lock takes up to {@value #GROUP} queued entries, numbers and hashes them in queue
     * order from the head, and inserts them in one transaction, so that entries arriving together share one commit.
     * The others wait for their entry to be done, not for the lock; on unlocking, the writer wakes the first entry
     * still queued, whose writer takes the next group. The head is kept in memory between groups; when another process has appended in the meantime, the primary key
     * (tenant, seq) turns the group away, the head is read again from the database and the group is numbered anew.
     *
     * @return the row as stored
     */
    Row append(String tenant, ObjectNode entry) {
        entry.put("tenant", tenant);
        entry.put("seq", 0);
        Pending pending = new Pending(Hashes.marked(entry, "seq"), EntryFields.columns(entry));
        Appender appender = appenders.computeIfAbsent(tenant, t -> new Appender());
        appender.waiting.add(pending);
        while (!pending.done()) {
            if (!appender.lock.tryLock()) {
                pending.awaitTurn(); // the writer holding the lock may take this entry into its group
                continue;
            }
            try {
                while (!pending.done()) {
                    List<Pending> group = new ArrayList<>();
                    for (Pending next; group.size() < GROUP && (next = appender.waiting.poll()) != null; ) {
                        group.add(next);
                    }
                    appendGroup(tenant, appender, group);
                }
            } finally {
                appender.lock.unlock();
            }
            Pending next = appender.waiting.peek();
            if (next != null) {
                next.wake(); // arrived while the lock was held: its writer takes the next group
            }
        }
        if (pending.failed != null) {
            throw pending.failed;
        }
        return pending.stored;
    }

    /** One tenant's appends in this process: the entries waiting, and the head as of the last group committed here. */
    private static final class Appender {
        final ReentrantLock lock = new ReentrantLock();
        final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
        /** null: not known, read it from the database */
        ChainHead head;
    }

    /** A queued entry: its canonical form with {@code seq} 0, and once its group is done, its row or the failure. */
    private static final class Pending {
        final String template;
        final int seqAt;
        final Columns columns;
        Row stored;
        RuntimeException failed;

        Pending(Hashes.Marked canonical, Columns columns) {
            this.template = canonical.text();
            this.seqAt = canonical.valueAt();
            if (seqAt < 0 || template.charAt(seqAt) != '0' || Character.isDigit(template.charAt(seqAt + 1))) {
                throw new IllegalStateException("an entry built here lacks seq 0 at its top level");
            }
            this.columns = columns;
        }

        private boolean woken;

        synchronized boolean done() {
            return stored != null || failed != null;
        }

        synchronized void finish(Row row, RuntimeException failure) {
            stored = row;
            failed = failure;
            notifyAll();
        }

        synchronized void wake() {
            woken = true;
            notifyAll();
        }

        /** Waits until this entry is done or its writer is told to take the lock (at most 20 ms, then it tries anyway). */
        synchronized void awaitTurn() {
            long until = System.nanoTime() + 20_000_000;
            try {
                while (!woken && stored == null && failed == null && System.nanoTime() < until) {
                    wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RecordsException("interrupted while appending", e);
            }
            woken = false;
        }

        /** The canonical entry at position {@code seq}: only the digits of the top-level seq member change. */
        String at(long seq) {
            return template.substring(0, seqAt) + seq + template.substring(seqAt + 1);
        }
    }

    /** Numbers, hashes and inserts a group in one transaction; sets each entry's row, or its failure. */
    private void appendGroup(String tenant, Appender appender, List<Pending> group) {
        for (int attempt = 1; ; attempt++) {
            ChainHead head = appender.head != null ? appender.head : head(tenant);
            List<Row> rows = new ArrayList<>(group.size());
            String prev = head.headHash();
            for (Pending pending : group) {
                long seq = head.count() + rows.size() + 1;
                String canonical = pending.at(seq);
                Row row = new Row(tenant, seq, pending.columns, canonical, prev, Hashes.entryHash(prev, canonical));
                rows.add(row);
                prev = row.entryHash();
            }
            try {
                insert(rows);
                Row last = rows.get(rows.size() - 1);
                appender.head = new ChainHead(tenant, last.seq(), last.entryHash());
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).finish(rows.get(i), null);
                }
                return;
            } catch (DataAccessException e) {
                appender.head = null;
                if (e instanceof DuplicateKeyException && attempt < ATTEMPTS) {
                    continue; // another process was first: number the group again after its entries
                }
                if (group.size() > 1) {
                    // one entry may be at fault (say, a column too long for its row): each is tried alone, so that
                    // only the entry at fault fails
                    group.forEach(pending -> appendGroup(tenant, appender, List.of(pending)));
                } else {
                    group.get(0).finish(null, e);
                }
                return;
            }
        }
    }

    private static final String INSERT = "INSERT INTO chain_entries (tenant, seq, id, kind, recorded_at, recorded_by, subject_id,"
            + " verdict, organization, rule_set_version, entry, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Inserts rows in one transaction: all of them or none. */
    private void insert(List<Row> rows) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                for (Row row : rows) {
                    Columns c = row.columns();
                    statement.setString(1, row.tenant());
                    statement.setLong(2, row.seq());
                    statement.setString(3, c.id());
                    statement.setString(4, c.kind());
                    statement.setObject(5, OffsetDateTime.ofInstant(c.recordedAt(), ZoneOffset.UTC));
                    statement.setString(6, c.recordedBy());
                    statement.setString(7, c.subjectId());
                    statement.setString(8, c.verdict());
                    statement.setString(9, c.organization());
                    statement.setString(10, c.ruleSetVersion());
                    statement.setString(11, row.entry());
                    statement.setString(12, row.prevHash());
                    statement.setString(13, row.entryHash());
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw translated(e);
        }
    }

    private static DataAccessException translated(SQLException e) {
        SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
        DataAccessException translated = new SQLStateSQLExceptionTranslator().translate("append to the chain", INSERT, cause);
        return translated != null ? translated : new UncategorizedSQLException("append to the chain", INSERT, cause);
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
        for (List<Row> page = page(tenant, 0); ; page = page(tenant, page.get(page.size() - 1).seq())) {
            page.forEach(visit);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    /** Up to {@value #PAGE} of the tenant's rows after position {@code after}, in chain order. */
    private List<Row> page(String tenant, long after) {
        return jdbc.sql(SELECT + " WHERE tenant = ? AND seq > ? ORDER BY seq FETCH FIRST " + PAGE + " ROWS ONLY")
                .params(tenant, after).query(Chain::row).list();
    }

    /**
     * Recomputes the tenant's chain and names the first entry that does not match; see {@link Verification.Problem}.
     * Each row's own hash and fields are checked in parallel on {@link #EXAMINING} while the next page is read; the
     * links between rows are then checked in chain order.
     */
    Verification verify(String tenant) {
        // one connection for every page: a data source without a pool (the command line's) would open one per page
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            JdbcClient pages = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            ChainWalk walk = new ChainWalk(tenant, this::positionLinkingTo);
            List<ChainWalk.Stored> page = storedPage(pages, tenant, 0);
            while (true) {
                List<Future<List<ChainWalk.Examined>>> examined = examineInParallel(page);
                boolean last = page.size() < PAGE;
                List<ChainWalk.Stored> next = last ? List.of() : storedPage(pages, tenant, page.get(page.size() - 1).seq());
                for (Future<List<ChainWalk.Examined>> slice : examined) {
                    for (ChainWalk.Examined row : done(slice)) {
                        if (!walk.accept(row)) {
                            examined.forEach(f -> f.cancel(false));
                            return walk.result();
                        }
                    }
                }
                if (last) {
                    return walk.result();
                }
                page = next;
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Up to {@value #PAGE} of the tenant's rows after position {@code after}, in chain order, as verification reads
     * them: each entry as the UTF-8 bytes the database holds (both drivers hand a text column's bytes over as they
     * are), so that what is hashed is what is stored, without decoding and encoding it again.
     */
    private static List<ChainWalk.Stored> storedPage(JdbcClient jdbc, String tenant, long after) {
        return jdbc.sql(SELECT + " WHERE tenant = ? AND seq > ? ORDER BY seq FETCH FIRST " + PAGE + " ROWS ONLY")
                .params(tenant, after)
                .query((rs, n) -> new ChainWalk.Stored(rs.getLong("seq"), columns(rs), rs.getBytes("entry"), strip(rs.getString("prev_hash")),
                        strip(rs.getString("entry_hash"))))
                .list();
    }

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /** Threads that examine rows during verification, one per core; they end with the process. */
    private static final ExecutorService EXAMINING = Executors.newFixedThreadPool(CORES, work -> {
        Thread thread = new Thread(work, "chain-verify");
        thread.setDaemon(true);
        return thread;
    });

    /** The page cut into one slice per core, each examined on its own thread, in order. */
    private static List<Future<List<ChainWalk.Examined>>> examineInParallel(List<ChainWalk.Stored> page) {
        List<Future<List<ChainWalk.Examined>>> slices = new ArrayList<>();
        int size = Math.max(1, (page.size() + CORES - 1) / CORES);
        for (int from = 0; from < page.size(); from += size) {
            List<ChainWalk.Stored> slice = page.subList(from, Math.min(page.size(), from + size));
            slices.add(EXAMINING.submit(() -> slice.stream().map(ChainWalk::examine).toList()));
        }
        return slices;
    }

    private static List<ChainWalk.Examined> done(Future<List<ChainWalk.Examined>> slice) {
        try {
            return slice.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecordsException("verification interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("examining a row failed", e.getCause());
        }
    }

    /** The position of the row whose previous hash is the given one, other than at {@code except}. */
    private Optional<Long> positionLinkingTo(String tenant, String prevHash, long except) {
        return jdbc.sql("SELECT seq FROM chain_entries WHERE tenant = ? AND prev_hash = ? AND seq <> ? ORDER BY seq FETCH FIRST 1 ROWS ONLY")
                .params(tenant, prevHash, except).query(Long.class).optional();
    }

    private static final String SELECT = "SELECT tenant, seq, id, kind, recorded_at, recorded_by, subject_id, verdict, organization,"
            + " rule_set_version, entry, prev_hash, entry_hash FROM chain_entries";

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("tenant"), rs.getLong("seq"), columns(rs), rs.getString("entry"), strip(rs.getString("prev_hash")),
                strip(rs.getString("entry_hash")));
    }

    private static Columns columns(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("recorded_at", OffsetDateTime.class);
        return new Columns(rs.getString("id"), rs.getString("kind"), at == null ? null : at.toInstant(),
                rs.getString("recorded_by"), rs.getString("subject_id"), rs.getString("verdict"), rs.getString("organization"),
                rs.getString("rule_set_version"));
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
