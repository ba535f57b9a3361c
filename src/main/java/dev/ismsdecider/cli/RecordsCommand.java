package dev.ismsdecider.cli;

import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleSetException;
import dev.ismsdecider.records.RecordStore;
import dev.ismsdecider.records.RecordsException;
import dev.ismsdecider.records.ReplayReport;
import dev.ismsdecider.records.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code records verify} and {@code records replay}: the stored decision records, read straight from the database. */
@Command(name = "records", mixinStandardHelpOptions = true, description = "Verify or replay the stored decision records.",
        subcommands = {RecordsCommand.Verify.class, RecordsCommand.Replay.class})
final class RecordsCommand {
    // without a subcommand, picocli answers "Missing required subcommand" with the usage, exit 2

    /** The tenants to work on: the one named, or every tenant with records. */
    private static List<String> tenants(RecordStore store, String tenant) {
        return tenant == null ? store.tenants() : List.of(tenant);
    }

    /** Recomputes each tenant's chain; exit 3 when one does not match. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute each tenant's hash chain; name the first entry that does not match. Exit 0 when every chain is intact, 3 otherwise.")
    static final class Verify implements Callable<Integer> {

        @Mixin
        FileCommandIo io;

        @Mixin
        DatabaseOptions database;

        @Option(names = "--tenant", paramLabel = "TENANT", description = "verify this tenant only (default: every tenant)")
        String tenant;

        @Override
        public Integer call() {
            StringBuilder report = new StringBuilder();
            boolean intact = true;
            try {
                RecordStore store = new RecordStore(database.open());
                List<String> tenants = tenants(store, tenant);
                if (tenants.isEmpty()) {
                    report.append("No records in ").append(database.url).append(".\n");
                }
                for (String t : tenants) {
                    Verification v = store.verify(t);
                    intact &= v.intact();
                    report.append(v.intact()
                            ? "tenant " + t + ": intact, " + v.checked() + " entries, head " + v.headHash() + "\n"
                            : "tenant " + t + ": BROKEN at entry " + v.firstBreach().seq()
                            + (v.firstBreach().id() == null ? "" : " (" + v.firstBreach().id() + ")") + ": " + v.firstBreach().problem()
                            + ": " + v.firstBreach().detail() + "\n");
                }
            } catch (RecordsException e) {
                return io.fail(DatabaseOptions.DATABASE_UNAVAILABLE, e.getMessage());
            }
            io.print(report.toString());
            return intact ? 0 : DatabaseOptions.CHAIN_BROKEN;
        }
    }

    /** Evaluates every stored input again and prints what changed; stores nothing. */
    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Evaluate every stored input again under the packaged rule set or --rules-dir, and print each record whose result changed. Nothing stored changes.")
    static final class Replay implements Callable<Integer> {

        @Mixin
        FileCommandIo io;

        @Mixin
        DatabaseOptions database;

        @Option(names = "--rules-dir", paramLabel = "DIR", description = "replay under the rule set in this folder instead of the packaged one")
        Path rulesDir;

        @Option(names = "--tenant", paramLabel = "TENANT", description = "replay this tenant only (default: every tenant)")
        String tenant;

        @Override
        public Integer call() {
            DecisionEngine engine;
            try {
                engine = DecisionEngine.packagedOr(rulesDir);
            } catch (RuleSetException e) {
                return io.fail(Cli.RULES_BROKEN, e.getMessage());
            }
            StringBuilder report = new StringBuilder();
            try {
                RecordStore store = new RecordStore(database.open());
                for (String t : tenants(store, tenant)) {
                    report.append(render(store.replay(t, engine)));
                }
            } catch (RecordsException e) {
                return io.fail(DatabaseOptions.DATABASE_UNAVAILABLE, e.getMessage());
            }
            return io.print(report.toString());
        }

        private static String render(ReplayReport replay) {
            StringBuilder text = new StringBuilder("tenant " + replay.tenant() + ": " + replay.replayed() + " assessments replayed under rule set "
                    + replay.ruleSet().version() + " (SHA-256 " + replay.ruleSet().sha256() + "); " + replay.changes().size() + " changed\n");
            for (ReplayReport.ReplayedChange c : replay.changes()) {
                text.append("  ").append(c.id()).append(" (").append(c.organization()).append(", ").append(c.recordedAt()).append("): ")
                        .append(c.oldVerdict()).append(" -> ").append(c.newVerdict()).append('\n');
                line(text, "blockers added", c.blockersAdded());
                line(text, "blockers removed", c.blockersRemoved());
                line(text, "open questions added", c.openQuestionsAdded());
                line(text, "open questions removed", c.openQuestionsRemoved());
            }
            return text.toString();
        }

        private static void line(StringBuilder text, String label, List<String> items) {
            if (!items.isEmpty()) {
                text.append("    ").append(label).append(": ").append(String.join(", ", items)).append('\n');
            }
        }
    }
}
