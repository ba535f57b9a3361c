package dev.ismsdecider.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.profile.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    void textPutsWhatDecidesFirstAndQuotesTheEvidence() {
        Run run = run("evaluate", PHARMA);

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        String out = run.out();
        assertThat(out).contains("Organisation: Acme Pharma GmbH").contains("VERDICT: KEEP ISO 27001, WITH IEC 62443 FOR OT INSIDE IT")
                .doesNotContain("COEXIST");
        assertThat(out.indexOf("VERDICT")).isLessThan(out.indexOf("What stands in the way of dropping ISO 27001"));
        assertThat(out.indexOf("What stands in the way")).isLessThan(out.indexOf("What to do"));
        assertThat(out).contains("[NR-1 (Customers, primes or regulators expect ISO 27001 or an ISMS)] Big Pharma Inc. requires ISO 27001")
                .contains("evidence: /externalExpectations/0 = {\"party\":\"Big Pharma Inc.\"")
                .contains("What the contract clauses require").contains("clause MSA-14.2: ISO_27001_CERTIFICATION; triggers NR-1")
                .contains("Open questions that cannot change the verdict").contains("Rule set 1.8.0, SHA-256 ");
        assertThat(out).as("the control set and the trace wait for --full").doesNotContain("OT control set for the Statement").doesNotContain("\nTrace\n");
    }

    @Test
    void fullAddsTheControlSetAndTheTrace() {
        String out = run("evaluate", PHARMA, "--full").out();

        assertThat(out).contains("OT control set for the Statement of Applicability").contains("  * A.5.9: SR 7.8")
                .contains("Trace" + System.lineSeparator() + "-----").contains("  * 1. ");
    }

    @Test
    void anUndeterminedVerdictNamesTheQuestionsThatCouldSettleItBeforeAnythingElse() {
        String out = run("evaluate", "facts-examples/food-plant-legacy-plcs.json").out();

        assertThat(out).contains("VERDICT: NOT DECIDED YET: OPEN QUESTIONS FIRST");
        int questions = out.indexOf("What would decide it: open questions");
        assertThat(questions).isGreaterThan(out.indexOf("VERDICT")).isLessThan(out.indexOf("What to do"));
        assertThat(out.substring(questions)).contains("answer at /contractClauses; could change the verdict");
    }

    @Test
    void noHeadingIsEmptyForAnyExample() {
        for (Path example : dev.ismsdecider.Examples.inputs()) {
            List<String> lines = run("evaluate", example.toString(), "--full").out().lines().toList();
            for (int i = 1; i < lines.size() - 1; i++) {
                if (lines.get(i).matches("-+") && lines.get(i - 1).length() == lines.get(i).length()) {
                    assertThat(lines.get(i + 1)).as("%s: the line under \"%s\"", example, lines.get(i - 1)).startsWith("  * ");
                }
            }
        }
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
    void markdownFollowsTheMemoAndRendersOneBulletPerItem() {
        Run run = run("evaluate", PHARMA, "--format", "markdown");
        String out = run.out();
        String nl = System.lineSeparator();

        assertThat(run.exit()).isZero();
        assertThat(out).startsWith("# Can we drop ISO 27001")
                .contains(nl + "**Verdict: Keep ISO 27001, with IEC 62443 for OT inside it**" + nl + nl + "No: keep ISO 27001")
                .contains("## What stands in the way of dropping ISO 27001").contains("## Annex for the auditor")
                .contains("### Trace").contains("### OT control set for the Statement of Applicability")
                .contains("  - evidence: `/externalExpectations/0` = ").contains("`/governance/needsSingleAuditableSystem`");
        assertThat(out.indexOf("## What to do")).isLessThan(out.indexOf("## Annex for the auditor"));
        assertThat(out.lines().filter(l -> l.startsWith("      "))).as("no continuation line that Markdown would fold into its item").isEmpty();
    }

    @Test
    void theMemoAsPdfAndHtmlAndTheSoaWorkbookGoToTheirFiles(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("memo.pdf");
        Path html = dir.resolve("memo.html");
        Path xlsx = dir.resolve("soa.xlsx");

        assertThat(run("evaluate", PHARMA, "--format", "pdf", "-o", pdf.toString()).exit()).isZero();
        assertThat(run("evaluate", PHARMA, "--format", "html", "-o", html.toString()).exit()).isZero();
        assertThat(run("soa", PHARMA, "-o", xlsx.toString())).satisfies(r -> assertThat(r.exit()).isZero())
                .satisfies(r -> assertThat(r.out()).isEmpty());

        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Verdict: Keep ISO 27001");
        assertThat(Files.readAllBytes(xlsx)).startsWith(0x50, 0x4b);
    }

    @Test
    void aPdfWithoutAFileAndAnUnwritableFileAreUsageErrors(@TempDir Path dir) {
        Run noFile = run("evaluate", PHARMA, "--format", "pdf");
        Run noFolder = run("soa", PHARMA, "-o", dir.resolve("missing/soa.xlsx").toString());

        assertThat(noFile.exit()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(noFile.err()).contains("-o FILE").doesNotContain("Exception");
        assertThat(noFile.out()).isEmpty();
        assertThat(noFolder.exit()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(noFolder.err()).contains("cannot write").contains("no such folder");
        assertThat(run("soa", PHARMA).exit()).as("soa needs -o").isEqualTo(Cli.INVALID_INPUT);
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
        assertThat(run("evaluate", PHARMA, "--format", "docx").exit()).isEqualTo(Cli.INVALID_INPUT);
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
