package dev.ismsdecider.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.facts.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user meets it: output, formats, exit codes and error messages. */
class CliTests {

    private static final String PHARMA = "facts-examples/pharma-brownfield.json";

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void textPutsTheVerdictFirstAndQuotesTheEvidence() {
        Run run = run("evaluate", PHARMA);

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Organisation: Acme Pharma GmbH").contains("VERDICT: COEXIST");
        assertThat(run.out().indexOf("VERDICT")).isLessThan(run.out().indexOf("Why: findings"));
        assertThat(run.out()).contains("evidence: /externalExpectations/0 = {\"party\":\"Big Pharma Inc.\"")
                .contains("What the contract clauses require").contains("clause MSA-14.2: ISO_27001_CERTIFICATION; triggers NR-1")
                .contains("Open questions").contains("Trace").contains("Rule set 1.3.0, SHA-256 ");
    }

    @Test
    void jsonIsTheContractAssessment() throws IOException {
        Run run = run("evaluate", PHARMA, "--format", "json");

        JsonNode json = StrictJson.mapper().readTree(run.out());
        assertThat(run.exit()).isZero();
        assertThat(json.path("verdict").asText()).isEqualTo("COEXIST");
        assertThat(json.path("ruleSet").path("sha256").asText()).hasSize(64);
        assertThat(json.path("trace").get(0).has("source")).isTrue();
    }

    @Test
    void markdownHasHeadingsAndCodeSpans() {
        Run run = run("evaluate", PHARMA, "--format", "markdown");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("# Can we drop ISO 27001").contains("**Verdict: COEXIST**")
                .contains("## Open questions").contains("`/governance/needsSingleAuditableSystem`");
    }

    @Test
    void invalidFactsExitTwoAndNameEveryPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{ \"ot\": { \"present\": \"yes\" }, \"scope\": { \"domains\": [\"PLANT\"] } }");

        Run run = run("evaluate", file.toString());

        assertThat(run.exit()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("/ot/present: expected true, false or null").contains("/scope/domains/0: unknown value 'PLANT'")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void malformedJsonNamesTheLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n\"ot\": {\n \"present\": true,\n}\n}");

        Run run = run("evaluate", file.toString());

        assertThat(run.exit()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(run.err()).contains("line 4");
    }

    @Test
    void aMissingFileOrFormatIsAUsageError() {
        assertThat(run("evaluate", "no/such/file.json")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(Cli.INVALID_INPUT);
            assertThat(r.err()).contains("no/such/file.json").contains("no such file");
        });
        assertThat(run("evaluate", PHARMA, "--format", "pdf").exit()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(run().exit()).isEqualTo(Cli.INVALID_INPUT);
    }

    @Test
    void brokenRulesExitOneWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ruleset.properties"), "version=0.0.1\nfiles=broken.drl\n");
        Files.writeString(dir.resolve("broken.drl"), "package rules;\n\nrule \"Broken\"\nwhen\n    NoSuchFact( )\nthen\nend\n");

        Run run = run("evaluate", PHARMA, "--rules-dir", dir.toString());

        assertThat(run.exit()).isEqualTo(Cli.RULES_BROKEN);
        assertThat(run.err()).contains("broken.drl:5");
    }
}
