package dev.ismsdecider.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.clauses.documents.ContractFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check-clauses FILE}: what a contract team reads, what a script parses, and the exit codes. */
class CheckClausesCommandTests {

    private static final String CONTRACT = """
            14.1 Supplier shall maintain a valid ISO/IEC 27001 certificate covering all sites.

            14.2 Supplier shall comply with ISO 27001 or equivalent.

            14.3 For the plant network, Supplier shall meet IEC 62443-3-3 at SL-T 2.
            """;

    @TempDir
    Path folder;

    record Run(int exit, String out, String err) {
    }

    /** Runs the command line with these arguments, capturing what it prints (also for the other CLI tests). */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textReportAnswersFirstThenQuotesEachClause() throws IOException {
        Run run = run("check-clauses", file("contract.txt", CONTRACT).toString(), "--party", "Big Pharma Inc.", "--party-kind", "customer");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("DOES THIS CONTRACT TIE US TO ISO 27001?")
                .contains("ANSWER: YES. 2 of 3 clauses tie the organisation to ISO 27001 or an ISMS (criterion NR-1): 14.1, 14.2.")
                .contains("  * Clause 14.1 (Big Pharma Inc., CUSTOMER)")
                .contains("- requires ISO 27001 certification; triggers NR-1")
                .contains("says so: \"ISO/IEC 27001 certificate\" (characters 32 to 57)")
                .contains("- requires IEC 62443-3-3 at SL-T 2; does not trigger NR-1")
                .contains("Ask Big Pharma Inc. to state in writing whether IEC 62443 is accepted in place of ISO 27001 (clause 14.2)")
                .containsPattern("Vocabulary 2\\.3\\.0, SHA-256 [0-9a-f]{64}");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aClauseThatDoesNotBindOnlyNamesTheStandardAndOneThatIsUnclearMayRequireIt() throws IOException {
        String contract = "1 Der Auftraggeber ist selbst nach ISO/IEC 27001 zertifiziert.\n\n"
                + "2 The Supplier shall ensure that its subcontractors hold ISO 27001 certificates.\n\n"
                + "3 The Supplier shall maintain the aforementioned certifications.\n";
        Run run = run("check-clauses", file("contract.txt", contract).toString(), "--party", "Big Pharma Inc.");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("- names ISO 27001 certification; does not trigger NR-1")
                .contains("- may require ISO 27001 certification; unclear:")
                .contains("- refers to a standard or certificate it does not name; unclear:")
                .contains("ANSWER: NOT KNOWN YET. No clause clearly ties the organisation to ISO 27001 or an ISMS, but 2 clauses need a person's reading: 2, 3.");
    }

    @Test
    void aLongListOfBindingClausesIsCutShortInTheAnswer() throws IOException {
        StringBuilder contract = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            contract.append("9.").append(i).append(" Supplier shall be certified to ISO/IEC 27001.\n\n");
        }
        Run run = run("check-clauses", file("contract.txt", contract.toString()).toString());

        assertThat(run.out()).contains("25 of 25 clauses tie the organisation to ISO 27001 or an ISMS (criterion NR-1): 9.1, 9.2,")
                .contains(", 9.20 and 5 more, listed below.")
                .contains("  * Clause 9.25");
    }

    @Test
    void jsonReportCarriesTheClausesAndTheirFindings() throws IOException {
        Run run = run("check-clauses", file("contract.txt", CONTRACT).toString(), "--format", "json");

        assertThat(run.exit()).isZero();
        JsonNode body = new ObjectMapper().readTree(run.out());
        assertThat(body.get("clauses")).hasSize(3);
        JsonNode first = body.get("clauseFindings").get(0);
        assertThat(first.get("clauseId").asText()).isEqualTo("14.1");
        assertThat(first.get("kind").asText()).isEqualTo("ISO_27001_CERTIFICATION");
        assertThat(first.get("triggers").get(0).asText()).isEqualTo("NR-1");
        String text = body.get("clauses").get(0).get("text").asText();
        assertThat(text.substring(first.get("span").get("start").asInt(), first.get("span").get("end").asInt()))
                .isEqualTo(first.get("matched").asText());
        assertThat(body.get("unreadableClauses")).isEmpty();
        assertThat(body.get("vocabulary").get("sha256").asText()).hasSize(64);
    }

    @Test
    void markdownReportForAContractWithoutIsoDemands() throws IOException {
        Run run = run("check-clauses", file("contract.txt", "1.1 Supplier shall hold an ISO 9001 certificate.\n").toString(), "--format", "markdown");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("# Does this contract tie us to ISO 27001?")
                .contains("**Answer: no.**")
                .contains("> Supplier shall hold an ISO 9001 certificate.")
                .contains("names only: \"ISO 9001\"");
    }

    @Test
    void unreadableClausesInJsonAreOpenQuestionsNotANo() throws IOException {
        Run run = run("check-clauses", file("clauses.json", """
                {"clauses": [{"id": "7", "text": "  "}, {"id": "8", "text": "Supplier shall hold an ISO 9001 certificate."}]}""").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("ANSWER: NOT KNOWN YET. No clause read ties the organisation to ISO 27001 or an ISMS. 1 clause could not be read")
                .contains("- cannot be read (the clause text is empty)");
    }

    @Test
    void pdfAndDocxContractsAreChecked() throws IOException {
        List<String> clauses = List.of("3.1 Der Auftragnehmer muss ein gültiges Zertifikat nach ISO/IEC 27001 vorweisen.", "3.2 Supplier shall be certified to either ISO/IEC 27001 or IEC 62443-2-1.");
        Run pdf = run("check-clauses", file("contract.pdf", ContractFiles.pdf(clauses)).toString());
        Run docx = run("check-clauses", file("contract.docx", ContractFiles.docx(clauses, List.of())).toString());

        for (Run run : List.of(pdf, docx)) {
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("ANSWER: YES. 1 of 2 clauses tie the organisation to ISO 27001 or an ISMS (criterion NR-1): 3.1.")
                    .contains("requires ISO 27001 or an equivalent, and accepts IEC 62443 in its place; does not trigger NR-1 (IEC 62443 accepted)");
        }
    }

    @Test
    void invalidJsonExitsTwoNamingThePath() throws IOException {
        Path json = file("clauses.json", "{\"clauses\": [{\"id\": \"1\", \"partyKind\": \"VENDOR\", \"text\": \"x\"}]}");
        Run run = run("check-clauses", json.toString());

        assertThat(run.exit()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("error: " + json + ": /clauses/0/partyKind: unknown value 'VENDOR'; expected one of "
                + "CUSTOMER, PRIME, REGULATOR, CERTIFICATION_BODY, INSURER, OTHER" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void invalidTextExitsTwoNamingTheLine() throws IOException {
        Path text = file("contract.txt", "1.1 fine\n\n1.2 Zertifizierung gemäß ISO 27001".getBytes(StandardCharsets.ISO_8859_1));
        Run run = run("check-clauses", text.toString());

        assertThat(run.exit()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(run.err()).contains("line 3: the text is not valid UTF-8");
    }

    @Test
    void encryptedOrCorruptDocumentsExitTwo() throws IOException {
        Run encrypted = run("check-clauses", file("contract.pdf", ContractFiles.encryptedPdf(List.of("1.1 text"))).toString());
        Run corrupt = run("check-clauses", file("contract.docx", ContractFiles.truncated(ContractFiles.docx(List.of("1.1 text"), List.of()))).toString());

        assertThat(encrypted.exit()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(encrypted.err()).contains("the PDF is encrypted (password-protected)");
        assertThat(corrupt.exit()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(corrupt.err()).contains("the DOCX is truncated or damaged");
    }

    @Test
    void missingFileExitsTwo() {
        Run run = run("check-clauses", folder.resolve("nowhere.pdf").toString());
        assertThat(run.exit()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void brokenVocabularyExitsOneNamingTheEntry() throws IOException {
        Path rules = Files.createDirectories(folder.resolve("rules"));
        Files.writeString(rules.resolve("ruleset.properties"), "version=9\nfiles=x.drl\nclauseVocabulary=v.json\n");
        Files.writeString(rules.resolve("x.drl"), "package rules;\n");
        Files.writeString(rules.resolve("v.json"), "{\"version\": \"1\"}");
        Run run = run("check-clauses", file("contract.txt", CONTRACT).toString(), "--rules-dir", rules.toString());

        assertThat(run.exit()).isEqualTo(Cli.RULES_BROKEN);
        assertThat(run.err()).contains("v.json: languages: must list the languages the vocabulary covers");
    }
}
