package dev.ismsdecider.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.Examples;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.profile.StrictJson;
import dev.ismsdecider.records.ApiKeys;
import dev.ismsdecider.records.RecordStore;
import dev.ismsdecider.records.RecordsDatabase;
import dev.ismsdecider.records.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code keys create}, {@code records verify} and {@code records replay} on an H2 file database. */
class RecordsCommandTests {

    private static final Path PHARMA = Path.of("facts-examples/pharma-brownfield.json");

    record Run(int exitCode, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    String db;

    @BeforeEach
    void database() {
        db = TestDatabases.h2();
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void keysCreatePrintsAWorkingKeyAloneOnItsLastLine() {
        Run created = run("keys", "create", "--tenant", "acme", "--role", "admin", "--name", "first admin", "--db", db);

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.lastLine()).matches("isd_[A-Za-z0-9_-]{43}");
        assertThat(new ApiKeys(RecordsDatabase.open(db, null, null)).authenticate(created.lastLine()))
                .hasValueSatisfying(key -> assertThat(key.tenant() + " " + key.role() + " " + key.name()).isEqualTo("acme ADMIN first admin"));
    }

    @Test
    void keysCreateRefusesABadTenantOrRole() {
        Run badTenant = run("keys", "create", "--tenant", "a b", "--role", "ADMIN", "--db", db);
        Run badRole = run("keys", "create", "--tenant", "acme", "--role", "ROOT", "--db", db);

        assertThat(badTenant.exitCode()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(badTenant.err()).contains("tenant");
        assertThat(badRole.exitCode()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(badRole.err()).contains("ROOT");
    }

    @Test
    void keysOrRecordsAloneAskForTheirSubcommand() {
        Run keys = run("keys");
        Run records = run("records");

        assertThat(keys.exitCode()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(keys.err()).contains("create");
        assertThat(records.exitCode()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(records.err()).contains("verify", "replay");
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsSaidSo() {
        Run run = run("records", "verify", "--db", "jdbc:nothing:here");

        assertThat(run.exitCode()).isEqualTo(DatabaseOptions.DATABASE_UNAVAILABLE);
        assertThat(run.err()).contains("jdbc:nothing:here").doesNotContain("\tat ");
    }

    @Test
    void recordsVerifySaysIntactWithTheHeadOrNamesTheFirstBadEntry() throws Exception {
        RecordStore store = new RecordStore(RecordsDatabase.open(db, null, null));
        DecisionEngine engine = DecisionEngine.packaged();
        for (int i = 0; i < 3; i++) {
            store.store("acme", "ann", Examples.bytes(PHARMA), engine);
        }
        store.store("globex", "olga", Examples.bytes(PHARMA), engine);
        String head = store.head("acme").headHash();

        Run intact = run("records", "verify", "--db", db);
        try (Connection connection = DriverManager.getConnection(db); Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER chain_entries_append_only");
            sql.execute("DELETE FROM chain_entries WHERE tenant = 'acme' AND seq = 2");
        }
        Run broken = run("records", "verify", "--db", db);

        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).contains("tenant acme: intact, 3 entries, head " + head, "tenant globex: intact, 1 entries");
        assertThat(broken.exitCode()).isEqualTo(DatabaseOptions.CHAIN_BROKEN);
        assertThat(broken.out()).contains("tenant acme: BROKEN at entry 2", "MISSING").contains("tenant globex: intact");
    }

    @Test
    void recordsReplayReportsWhatAnotherRuleSetChanges(@TempDir Path rules) throws IOException {
        // the stored profile's only ISO 27001 demand is a customer's expectation; the other rule set lacks the rule for it
        ObjectNode profile = (ObjectNode) StrictJson.mapper().readTree(PHARMA.toFile());
        profile.remove("contractClauses");
        RecordStore store = new RecordStore(RecordsDatabase.open(db, null, null));
        store.store("acme", "ann", StrictJson.mapper().writeValueAsBytes(profile), DecisionEngine.packaged());
        copyRulesWithout("PartyRequiresIso27001Certificate", rules);

        Run same = run("records", "replay", "--db", db);
        Run other = run("records", "replay", "--rules-dir", rules.toString(), "--db", db);

        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.out()).contains("tenant acme: 1 assessments replayed", "0 changed");
        assertThat(other.exitCode()).as(other.err()).isZero();
        assertThat(other.out()).contains("1 changed", "blockers removed: NR-1");
        assertThat(store.head("acme").count()).as("nothing stored").isEqualTo(1);
    }

    /** The packaged rules with one rule taken out, under another version. */
    private static void copyRulesWithout(String rule, Path target) throws IOException {
        Path source = Path.of("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path nr = target.resolve("nr.drl");
        String drl = Files.readString(nr);
        int start = drl.indexOf("rule \"" + rule + "\"");
        int end = drl.indexOf("\nend", start) + "\nend".length();
        Files.writeString(nr, drl.substring(0, start) + drl.substring(end));
        Path properties = target.resolve("ruleset.properties");
        Files.writeString(properties, Files.readString(properties).replaceFirst("version=.*", "version=replay-test"));
    }
}
