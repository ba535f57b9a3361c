package dev.ismsdecider.records;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.Examples;
import dev.ismsdecider.evaluation.RuleSetRef;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.profile.InvalidFactsException;
import dev.ismsdecider.profile.StrictJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The record store, its chain and its keys on one database; {@link H2RecordStoreTests} and
 * {@link PostgresRecordStoreTests} run it on H2 and on a real PostgreSQL.
 */
abstract class RecordStoreContract {

    static DecisionEngine engine;
    static final byte[] PHARMA = Examples.bytes(Path.of("facts-examples/pharma-brownfield.json"));
    static final byte[] SAAS = Examples.bytes(Path.of("facts-examples/saas-company-no-ot.json"));

    RecordsDatabase database;
    RecordStore store;
    JdbcClient sql;

    /** The URL of a new, empty database. */
    abstract String newDatabase();

    /** Turns the append-only triggers off, as the database owner can. */
    abstract void disableTriggers();

    @BeforeAll
    static void loadRules() {
        engine = DecisionEngine.packaged();
    }

    @BeforeEach
    void openDatabase() {
        database = RecordsDatabase.open(newDatabase(), null, null);
        store = new RecordStore(database);
        sql = database.jdbc();
    }

    AssessmentRecord stored(String tenant, byte[] facts) {
        return store.store(tenant, "ann", facts, engine);
    }

    @Test
    void aStoredAssessmentKeepsTheCanonicalInputItsHashAndTheAssessmentAsEvaluated() throws Exception {
        AssessmentRecord record = stored("acme", PHARMA);

        String canonical = Hashes.canonical(new String(PHARMA, StandardCharsets.UTF_8));
        assertThat(record.canonicalInput()).isEqualTo(canonical);
        assertThat(record.inputSha256()).isEqualTo(Hashes.sha256(canonical)).hasSize(64);
        JsonNode expected = StrictJson.mapper().valueToTree(engine.evaluate(dev.ismsdecider.profile.FactsReader.read(PHARMA)));
        assertThat(record.assessment()).isEqualTo(expected);
        assertThat(record.ruleSet()).isEqualTo(new RuleSetRef(engine.ruleSet().version(), engine.ruleSet().sha256()));
        assertThat(record.chain()).isEqualTo(new ChainLink(1, Hashes.GENESIS, record.chain().entryHash()));
        assertThat(store.find("acme", record.id())).contains(record);
    }

    @Test
    void invalidFactsAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> stored("acme", "{\"scope\": {\"domains\": [\"MOON_BASE\"]}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidFactsException.class);
        assertThat(store.head("acme").count()).isZero();
    }

    @Test
    void oneTenantSeesNothingOfAnother() {
        AssessmentRecord acmes = stored("acme", PHARMA);
        stored("globex", SAAS);
        RuleSetRef current = acmes.ruleSet();

        assertThat(store.find("globex", acmes.id())).isEmpty();
        assertThat(store.list("globex", RecordQuery.of(null, null, null, null, null, null, null)).items())
                .extracting(RecordSummary::organization).containsExactly("Ledgerly Cloud B.V.");
        assertThat(store.approve("globex", "bob", acmes.id(), approval("APPROVED"), current)).isEmpty();
        assertThat(store.head("acme").count()).isEqualTo(1);
        assertThat(store.head("globex").count()).isEqualTo(1);
        assertThat(store.replay("globex", engine).replayed()).isEqualTo(1);
        assertThat(store.find("acme", acmes.id()).orElseThrow().approvals()).isEmpty();
    }

    @Test
    void approvalsAreChainEntriesShownWithTheirRecordAndSayWhenTheRulesHaveChanged() {
        AssessmentRecord record = stored("acme", PHARMA);
        RuleSetRef newer = new RuleSetRef("9.9.9", "f".repeat(64));

        ApprovalRecord rejected = store.approve("acme", "rita", record.id(), approval("REJECTED"), record.ruleSet()).orElseThrow();
        ApprovalRecord approved = store.approve("acme", "rita", record.id(), approval("APPROVED"), newer).orElseThrow();

        assertThat(rejected.underOlderRuleSet()).isFalse();
        assertThat(rejected.note()).isNull();
        assertThat(approved.underOlderRuleSet()).isTrue();
        assertThat(approved.note()).contains(record.ruleSet().version(), "9.9.9");
        assertThat(approved.chain().seq()).isEqualTo(3);
        assertThat(approved.chain().prevHash()).isEqualTo(rejected.chain().entryHash());
        assertThat(store.find("acme", record.id()).orElseThrow().approvals())
                .extracting(ApprovalRecord::decision).containsExactly(ApprovalDecision.REJECTED, ApprovalDecision.APPROVED);
        assertThat(store.verify("acme").intact()).isTrue();
    }

    @Test
    void anApprovalNamesTheMemberThatIsWrong() {
        AssessmentRecord record = stored("acme", PHARMA);
        byte[] maybe = "{\"decision\": \"MAYBE\"}".getBytes(StandardCharsets.UTF_8);
        byte[] extra = "{\"decision\": \"APPROVED\", \"signature\": \"x\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.approve("acme", "rita", record.id(), maybe, record.ruleSet()))
                .isInstanceOfSatisfying(InvalidRecordRequest.class, e -> assertThat(e.path()).isEqualTo("/decision"));
        assertThatThrownBy(() -> store.approve("acme", "rita", record.id(), extra, record.ruleSet()))
                .isInstanceOfSatisfying(InvalidRecordRequest.class, e -> assertThat(e.path()).isEqualTo("/signature"));
    }

    @Test
    void listsAreNewestFirstFilteredAndPaged() {
        AssessmentRecord first = stored("acme", PHARMA);
        AssessmentRecord second = stored("acme", SAAS);
        AssessmentRecord third = stored("acme", PHARMA);
        String pharmaVerdict = first.assessment().path("verdict").asText();

        RecordPage all = store.list("acme", RecordQuery.of(null, null, null, null, null, null, null));
        RecordPage pharma = store.list("acme", RecordQuery.of(null, "acme pharma gmbh", null, null, null, null, null));
        RecordPage byVerdict = store.list("acme", RecordQuery.of(pharmaVerdict, null, null, null, null, null, null));
        RecordPage secondPage = store.list("acme", RecordQuery.of(null, null, null, null, null, "1", "2"));
        RecordPage future = store.list("acme", RecordQuery.of(null, null, null, "2999-01-01", null, null, null));
        RecordPage thisRuleSet = store.list("acme", RecordQuery.of(null, null, first.ruleSet().version(), null, "2999-01-01", null, null));

        assertThat(all.items()).extracting(RecordSummary::id).containsExactly(third.id(), second.id(), first.id());
        assertThat(all.total()).isEqualTo(3);
        assertThat(pharma.items()).extracting(RecordSummary::id).containsExactly(third.id(), first.id());
        assertThat(byVerdict.items()).extracting(RecordSummary::verdict).containsOnly(pharmaVerdict).hasSizeGreaterThanOrEqualTo(2);
        assertThat(secondPage.items()).extracting(RecordSummary::id).containsExactly(first.id());
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(future.items()).isEmpty();
        assertThat(thisRuleSet.total()).isEqualTo(3);
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletesOfEntries() {
        stored("acme", PHARMA);

        assertThatThrownBy(() -> sql.sql("UPDATE chain_entries SET verdict = 'COEXIST'").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql.sql("DELETE FROM chain_entries").update()).hasMessageContaining("append-only");
        assertThat(store.verify("acme").intact()).isTrue();
    }

    @Test
    void anUntouchedChainVerifiesWithItsHead() {
        for (int i = 0; i < 5; i++) {
            stored("acme", i % 2 == 0 ? PHARMA : SAAS);
        }
        Verification verification = store.verify("acme");

        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isEqualTo(5);
        assertThat(verification.headHash()).isEqualTo(store.head("acme").headHash());
        assertThat(verification.firstBreach()).isNull();
    }

    @Test
    void anEditedVerdictIsNamed() {
        chainOf(4);
        disableTriggers();
        sql.sql("UPDATE chain_entries SET entry = REPLACE(entry, '\"verdict\":\"', '\"verdict\":\"X') WHERE tenant = 'acme' AND seq = 3").update();

        assertBreach(3, Verification.Problem.EDITED);
    }

    @Test
    void anEditedColumnIsNamed() {
        chainOf(4);
        disableTriggers();
        sql.sql("UPDATE chain_entries SET verdict = 'UNDETERMINED' WHERE tenant = 'acme' AND seq = 2 AND verdict <> 'UNDETERMINED'").update();
        sql.sql("UPDATE chain_entries SET verdict = 'COEXIST' WHERE tenant = 'acme' AND seq = 2 AND verdict = 'UNDETERMINED'").update();

        assertBreach(2, Verification.Problem.EDITED);
    }

    /** Verification hashes the bytes the database hands over: text beyond ASCII and escaped characters must survive. */
    @Test
    void anOrganisationNamedBeyondAsciiAndWithEscapesVerifiesAndItsEditedColumnIsNamed() {
        String name = "M\u00fcller \\\"S\u00f6hne\\\" \\\\ \u00e9\ud83d\ude00 \u2028 \\t";
        byte[] facts = new String(PHARMA, StandardCharsets.UTF_8).replace("\"Acme Pharma GmbH\"", "\"" + name + "\"")
                .getBytes(StandardCharsets.UTF_8);
        stored("acme", PHARMA);
        AssessmentRecord unusual = stored("acme", facts);
        stored("acme", SAAS);

        assertThat(store.list("acme", RecordQuery.of(null, null, null, null, null, null, null)).items())
                .extracting(RecordSummary::organization).contains("M\u00fcller \"S\u00f6hne\" \\ \u00e9\ud83d\ude00 \u2028 \t");
        assertThat(store.verify("acme").intact()).as("%s", store.verify("acme").firstBreach()).isTrue();
        disableTriggers();
        sql.sql("UPDATE chain_entries SET organization = 'Mueller' WHERE id = ?").param(unusual.id()).update();

        assertBreach(unusual.chain().seq(), Verification.Problem.EDITED);
    }

    /**
     * The last entry rewritten with its hash right and its verdict named twice, the first one changed: a reader that
     * kept the last would find what the column says and call the chain intact. The entry is refused as unreadable.
     */
    @Test
    void aVerdictNamedTwiceInARehashedEntryIsNotReadAsTheColumn() {
        chainOf(3);
        disableTriggers();
        var row = sql.sql("SELECT entry, prev_hash, verdict FROM chain_entries WHERE tenant = 'acme' AND seq = 3").query().singleRow();
        String entry = (String) row.get("entry");
        String prevHash = ((String) row.get("prev_hash")).strip();
        assertThat(entry).contains("\"assessment\":{").contains("\"verdict\":\"" + row.get("verdict") + "\"");
        String twice = entry.replace("\"assessment\":{", "\"assessment\":{\"verdict\":\"FORGED\",");
        sql.sql("UPDATE chain_entries SET entry = ?, entry_hash = ? WHERE tenant = 'acme' AND seq = 3")
                .params(twice, Hashes.entryHash(prevHash, twice)).update();

        assertBreach(3, Verification.Problem.EDITED);
    }

    @Test
    void aDeletedEntryIsNamed() {
        chainOf(4);
        disableTriggers();
        sql.sql("DELETE FROM chain_entries WHERE tenant = 'acme' AND seq = 2").update();

        assertBreach(2, Verification.Problem.MISSING);
    }

    @Test
    void aDeletedEntryIsNamedWhenTheRestWasRenumbered() {
        chainOf(4);
        disableTriggers();
        sql.sql("DELETE FROM chain_entries WHERE tenant = 'acme' AND seq = 2").update();
        sql.sql("UPDATE chain_entries SET seq = seq - 1 WHERE tenant = 'acme' AND seq > 2").update();

        assertBreach(2, Verification.Problem.MISSING);
    }

    @Test
    void twoSwappedEntriesAreNamed() {
        chainOf(4);
        disableTriggers();
        sql.sql("UPDATE chain_entries SET seq = 100 WHERE tenant = 'acme' AND seq = 2").update();
        sql.sql("UPDATE chain_entries SET seq = 2 WHERE tenant = 'acme' AND seq = 3").update();
        sql.sql("UPDATE chain_entries SET seq = 3 WHERE tenant = 'acme' AND seq = 100").update();

        assertBreach(2, Verification.Problem.REORDERED);
    }

    @Test
    void aForgedEntryAtTheEndIsNamed() {
        chainOf(3);
        disableTriggers();
        forge(4, "b".repeat(64));

        assertBreach(4, Verification.Problem.INSERTED);
    }

    @Test
    void aForgedEntryInTheMiddleIsNamedEvenWithItsOwnHashRight() {
        chainOf(4);
        disableTriggers();
        String hashOfTwo = sql.sql("SELECT entry_hash FROM chain_entries WHERE tenant = 'acme' AND seq = 2").query(String.class).single().strip();
        sql.sql("UPDATE chain_entries SET seq = seq + 100 WHERE tenant = 'acme' AND seq > 2").update();
        sql.sql("UPDATE chain_entries SET seq = seq - 99 WHERE tenant = 'acme' AND seq > 100").update();
        forge(3, hashOfTwo);

        assertBreach(3, Verification.Problem.INSERTED);
    }

    @Test
    void sixteenWritersAtOnceMakeOneUnbrokenChain() throws Exception {
        RecordStore elsewhere = new RecordStore(RecordsDatabase.migrated(database.dataSource()));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<AssessmentRecord>> writers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                RecordStore writer = i % 2 == 0 ? store : elsewhere;
                writers.add(() -> writer.store("acme", "ann", PHARMA, engine));
            }
            for (Future<AssessmentRecord> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        Verification verification = store.verify("acme");

        assertThat(verification.intact()).as("%s", verification.firstBreach()).isTrue();
        assertThat(verification.checked()).isEqualTo(64);
    }

    @Test
    void aKeyIsStoredAsItsHashAndOnlyAValidOneAuthenticates() {
        ApiKeys keys = new ApiKeys(database);
        ApiKey.Issued issued = keys.create("acme", Role.CONSULTANT, "ann");
        ApiKey.Issued other = keys.create("acme", Role.ADMIN, null);
        String secret = issued.secret();

        List<String> stored = sql.sql("SELECT key_hash FROM api_keys").query(String.class).list();
        assertThat(stored).allSatisfy(hash -> assertThat(hash.strip()).hasSize(64).isNotEqualTo(secret).doesNotContain(secret.substring(4)));
        assertThat(sql.sql("SELECT COUNT(*) FROM api_keys WHERE key_hash = ?").param(Hashes.sha256(secret)).query(Long.class).single()).isEqualTo(1);
        assertThat(secret).startsWith("isd_").hasSize(47);
        assertThat(keys.authenticate(secret)).map(ApiKey::name).contains("ann");
        assertThat(keys.authenticate(secret.substring(0, 46) + (secret.endsWith("A") ? "B" : "A"))).isEmpty();
        assertThat(keys.authenticate("not a key")).isEmpty();
        assertThat(keys.revoke("globex", issued.key().id())).isFalse();
        assertThat(keys.authenticate(secret)).isPresent();
        assertThat(keys.revoke("acme", issued.key().id())).isTrue();
        assertThat(keys.authenticate(secret)).isEmpty();
        // listed by creation time; two keys made in the same millisecond have no order of their own
        assertThat(keys.list("acme")).extracting(ApiKey::id).containsExactlyInAnyOrder(issued.key().id(), other.key().id());
        assertThat(keys.list("acme")).extracting(k -> Instant.parse(k.createdAt())).isSorted();
        assertThat(keys.list("globex")).isEmpty();
    }

    @Test
    void aReplayUnderTheSameRulesChangesNothing() {
        stored("acme", PHARMA);
        stored("acme", SAAS);

        ReplayReport replay = store.replay("acme", engine);

        assertThat(replay.replayed()).isEqualTo(2);
        assertThat(replay.changes()).isEmpty();
        assertThat(store.head("acme").count()).isEqualTo(2);
    }

    private void chainOf(int entries) {
        for (int i = 0; i < entries; i++) {
            stored("acme", i % 2 == 0 ? PHARMA : SAAS);
        }
        assertThat(store.verify("acme").intact()).isTrue();
    }

    /** Inserts an entry that is self-consistent (its hash matches its content) but was not appended by the chain. */
    private void forge(long seq, String prevHash) {
        String entry = "{\"id\":\"forged-" + seq + "\",\"kind\":\"ASSESSMENT\",\"recordedAt\":\"2026-01-01T00:00:00Z\",\"recordedBy\":\"mallory\","
                + "\"seq\":" + seq + ",\"tenant\":\"acme\"}";
        sql.sql("INSERT INTO chain_entries (tenant, seq, id, kind, recorded_at, recorded_by, entry, prev_hash, entry_hash)"
                        + " VALUES ('acme', ?, ?, 'ASSESSMENT', ?, 'mallory', ?, ?, ?)")
                .params(seq, "forged-" + seq, java.time.OffsetDateTime.parse("2026-01-01T00:00:00Z"), entry, prevHash, Hashes.entryHash(prevHash, entry))
                .update();
    }

    private void assertBreach(long seq, Verification.Problem problem) {
        Verification verification = store.verify("acme");
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBreach().seq()).as("%s", verification.firstBreach()).isEqualTo(seq);
        assertThat(verification.firstBreach().problem()).as("%s", verification.firstBreach()).isEqualTo(problem);
    }

    static byte[] approval(String decision) {
        return ("{\"decision\": \"" + decision + "\", \"comment\": \"checked with the plant manager\"}").getBytes(StandardCharsets.UTF_8);
    }
}
