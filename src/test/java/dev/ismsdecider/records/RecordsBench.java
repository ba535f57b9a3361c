package dev.ismsdecider.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.ismsdecider.Examples;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.StrictJson;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The records benchmark (docs/performance.md), against PostgreSQL ({@link TestDatabases#postgres()}): entries appended
 * per second by {@code -Dbench.writers} (16) concurrent writers into one tenant with the chain (canonical form, hash,
 * group commit) against the same rows inserted by as many writers without it, each its own autocommit insert of the
 * entry's JSON as written by Jackson (and, as a second baseline, of one text prepared once), taken in turn, round by
 * round, in one run; then the time to verify a chain of {@code -Dbench.verify.entries}
 * (100,000) entries. Run with {@code java -cp "target/test-classes:target/classes:target/lib/*" dev.ismsdecider.records.RecordsBench}.
 * The run drops its schema at the end; with {@code -Dbench.keep=true} it keeps it and prints the URL to verify it
 * again with {@code -Dbench.verify.url=URL} (drop it afterwards: {@code DROP SCHEMA records_… CASCADE}).
 */
public final class RecordsBench {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 7);
    private static final int PER_ROUND = Integer.getInteger("bench.per-round", 320);
    private static final int WRITERS = Integer.getInteger("bench.writers", 16);
    private static final int VERIFY_ENTRIES = Integer.getInteger("bench.verify.entries", 100_000);
    private static final boolean KEEP = Boolean.getBoolean("bench.keep");

    private RecordsBench() {
    }

    public static void main(String[] args) throws java.sql.SQLException {
        String existing = System.getProperty("bench.verify.url");
        if (existing != null) {
            verifyOnly(existing);
            return;
        }
        String url = TestDatabases.postgres();
        try {
            run(url);
        } finally {
            if (KEEP) {
                System.out.printf("kept: -Dbench.verify.url=\"%s\"%n", url);
            } else {
                TestDatabases.dropPostgresSchema(url);
            }
        }
    }

    private static void run(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setMaximumPoolSize(WRITERS + 1);
        try (pool) {
            RecordsDatabase database = RecordsDatabase.migrated(pool);
            Chain chain = new Chain(database);
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            DecisionEngine engine = DecisionEngine.packaged();
            byte[] facts = Examples.bytes(Path.of(System.getProperty("bench.example", "facts-examples/pharma-brownfield.json")));
            ObjectNode template = entry(facts, engine);
            String canonical = Hashes.canonical(Chain.write(template));
            System.out.printf("entry of %s: %,d bytes canonical%n", System.getProperty("bench.example", "pharma-brownfield"),
                    canonical.getBytes(StandardCharsets.UTF_8).length);

            warmUp(chain, jdbc, template, canonical);
            double[] chained = new double[ROUNDS];
            double[] plain = new double[ROUNDS];
            double[] prepared = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                chained[round] = rate(() -> chain.append("chained", fresh(template)));
                java.util.concurrent.atomic.AtomicLong seq = new java.util.concurrent.atomic.AtomicLong(round * (long) PER_ROUND);
                plain[round] = rate(() -> insertPlain(jdbc, "plain", seq.incrementAndGet(), Chain.write(fresh(template))));
                prepared[round] = rate(() -> insertPlain(jdbc, "prepared", seq.incrementAndGet(), canonical));
            }
            double chainedRate = median(chained);
            double plainRate = median(plain);
            double preparedRate = median(prepared);
            System.out.printf("appends, %d writers, median of %d rounds of %d: chained %.0f/s, unchained %.0f/s, ratio %.2f;"
                            + " unchained inserting one prepared text %.0f/s, ratio %.2f%n",
                    WRITERS, ROUNDS, PER_ROUND, chainedRate, plainRate, chainedRate / plainRate, preparedRate, chainedRate / preparedRate);
            System.out.printf("rounds chained %s%nrounds unchained %s%nrounds prepared %s%n", Arrays.toString(round(chained)),
                    Arrays.toString(round(plain)), Arrays.toString(round(prepared)));

            fillChain(jdbc, "verify", VERIFY_ENTRIES, template);
            long start = System.nanoTime();
            Verification verification = chain.verify("verify");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("verify of %,d entries: %.2f s (%s)%n", verification.checked(), seconds, verification.intact() ? "intact" : verification.firstBreach());
        }
    }

    /**
     * Verifies tenant "verify" of a database a run with {@code -Dbench.keep=true} filled, three times: wall time, the
     * CPU time of the thread reading the rows and of the whole process (the database's own is not counted).
     */
    private static void verifyOnly(String url) {
        Chain chain = new Chain(RecordsDatabase.open(url, null, null));
        // RecordsDatabase.open migrates: a database filled by an older build of this bench needs a fresh run instead
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < 3; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long processCpu = process.getProcessCpuTime();
            long start = System.nanoTime();
            Verification verification = chain.verify("verify");
            System.out.printf("verify of %,d entries: %.2f s wall, %.2f s CPU of the reading thread, %.2f s CPU of the process (%s)%n",
                    verification.checked(), (System.nanoTime() - start) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                    (process.getProcessCpuTime() - processCpu) / 1e9, verification.intact() ? "intact" : "broken");
        }
    }

    private static ObjectNode entry(byte[] facts, DecisionEngine engine) {
        String input = Hashes.canonical(new String(facts, StandardCharsets.UTF_8));
        ObjectNode entry = StrictJson.mapper().createObjectNode();
        entry.put("kind", RecordStore.ASSESSMENT);
        entry.put("recordedBy", "bench");
        entry.set("input", StrictJson.mapper().valueToTree(FactsReader.parse(input)));
        entry.put("inputSha256", Hashes.sha256(input));
        var assessment = engine.evaluate(FactsReader.read(input));
        entry.set("ruleSet", StrictJson.mapper().valueToTree(assessment.ruleSet()));
        entry.set("assessment", StrictJson.mapper().valueToTree(assessment));
        return entry;
    }

    private static ObjectNode fresh(ObjectNode template) {
        ObjectNode entry = template.deepCopy();
        entry.put("id", UUID.randomUUID().toString());
        entry.put("recordedAt", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        return entry;
    }

    /**
     * The same row as a chained append writes, each writer committing its own, without numbering, canonicalising or
     * hashing: the entry's JSON as Jackson writes it (what a store without the chain would write), or one text prepared
     * once (the database alone).
     */
    private static void insertPlain(JdbcTemplate jdbc, String tenant, long seq, String canonical) {
        jdbc.update("INSERT INTO chain_entries (tenant, seq, id, kind, recorded_at, recorded_by, verdict, organization, rule_set_version,"
                        + " entry, prev_hash, entry_hash) VALUES (?, ?, ?, 'ASSESSMENT', ?, 'bench', 'COEXIST', 'Acme', '1.2.0', ?, ?, ?)",
                tenant, seq, UUID.randomUUID().toString(), OffsetDateTime.now(ZoneOffset.UTC), canonical, Hashes.GENESIS, Hashes.GENESIS);
    }

    private static void warmUp(Chain chain, JdbcTemplate jdbc, ObjectNode template, String canonical) {
        for (int i = 1; i <= 200; i++) {
            chain.append("warm-up", fresh(template));
            insertPlain(jdbc, "warm-up-plain", i, canonical);
        }
    }

    /** Appends per second: {@value #PER_ROUND}-odd appends shared out among {@link #WRITERS} threads started together. */
    private static double rate(Runnable append) {
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(WRITERS);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            int each = PER_ROUND / WRITERS;
            for (int w = 0; w < WRITERS; w++) {
                done.add(writers.submit(() -> {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        append.run();
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            for (java.util.concurrent.Future<?> writer : done) {
                writer.get();
            }
            return each * WRITERS / ((System.nanoTime() - start) / 1e9);
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            writers.shutdown();
        }
    }

    /** A valid chain of {@code n} entries written in batches, as fast as the database takes them. */
    private static void fillChain(JdbcTemplate jdbc, String tenant, int n, ObjectNode template) {
        long start = System.nanoTime();
        String prev = Hashes.GENESIS;
        List<Object[]> batch = new ArrayList<>();
        for (int seq = 1; seq <= n; seq++) {
            ObjectNode entry = fresh(template);
            entry.put("tenant", tenant);
            entry.put("seq", seq);
            String canonical = Hashes.canonical(entry);
            String hash = Hashes.entryHash(prev, canonical);
            Chain.Columns c = columns(canonical);
            batch.add(new Object[]{tenant, seq, c.id(), c.kind(), OffsetDateTime.ofInstant(c.recordedAt(), ZoneOffset.UTC), c.recordedBy(),
                    c.verdict(), c.organization(), c.ruleSetVersion(), canonical, prev, hash});
            prev = hash;
            if (batch.size() == 500 || seq == n) {
                jdbc.batchUpdate("INSERT INTO chain_entries (tenant, seq, id, kind, recorded_at, recorded_by, verdict, organization,"
                        + " rule_set_version, entry, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
                batch.clear();
            }
        }
        System.out.printf("chain of %,d entries written in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
    }

    private static Chain.Columns columns(String canonical) {
        try {
            return EntryFields.read(canonical.getBytes(StandardCharsets.UTF_8)).columns();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
