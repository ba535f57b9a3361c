package dev.ismsdecider.memo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.Examples;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.report.Wording;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.StrictJson;
import dev.ismsdecider.evaluation.Evidence;
import dev.ismsdecider.evaluation.Finding;
import dev.ismsdecider.evaluation.FindingKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The memo as a reader gets it: the PDF's text as PDFBox extracts it, page by page, and its metadata. */
class MemoTests {

    private static final Path PHARMA = Path.of("facts-examples/pharma-brownfield.json");
    private static final Path GERMAN = Path.of("src/test/resources/memo/german-organisation.json");
    private static final LocalDate DATE = LocalDate.of(2026, 12, 4);
    private static final String ANNEX = "Annex for the auditor";
    private static final String SIGN_OFF = "the annex shows the evidence in full";

    private record Rendered(Assessment assessment, JsonNode facts, List<String> pages, PDDocumentInformation info, String xmp) {

        String page1() {
            return pages.get(0);
        }
    }

    private static Rendered render(Path file) throws IOException {
        byte[] bytes = Examples.bytes(file);
        Assessment assessment = DecisionEngine.packaged().evaluate(FactsReader.read(bytes));
        byte[] pdf = Memo.instance().pdf(MemoInput.unstored(assessment, bytes, DATE));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // as a reader reads it: list numbers beside their items, the footer last
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(flat(stripper.getText(document)));
            }
            var metadata = document.getDocumentCatalog().getMetadata();
            String xmp = metadata == null ? "" : new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            return new Rendered(assessment, StrictJson.mapper().readTree(bytes), pages, document.getDocumentInformation(), xmp);
        }
    }

    /** Line breaks of the layout become spaces: a test reads sentences, not lines. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    @Test
    void pageOneShowsVerdictAnswerAndEachBlockersEvidenceInThatOrder() throws IOException {
        Rendered memo = render(PHARMA);
        String page = memo.page1();
        List<String> inOrder = new ArrayList<>(List.of("Verdict: " + Wording.verdict(memo.assessment().verdict()),
                flat(memo.assessment().answer())));
        List<Finding> blockers = memo.assessment().findings().stream().filter(f -> f.kind() == FindingKind.BLOCKER).toList();
        assertThat(blockers).as("the example has blockers to quote").hasSizeGreaterThan(2);
        for (Finding blocker : blockers) {
            inOrder.add(blocker.title());
            for (Evidence e : blocker.evidence()) {
                inOrder.add(quoted(e, memo.facts()));
            }
        }

        int at = -1;
        for (String expected : inOrder) {
            int found = page.indexOf(expected, at + 1);
            assertThat(found).as("page 1 shows \"%s\" after what came before it", expected).isGreaterThan(at);
            at = found;
        }
        assertThat(page).doesNotContain("COEXIST");
    }

    /** What page 1 must show for one piece of evidence: a clause's whole sentence, or a fact's path and value. */
    private static String quoted(Evidence e, JsonNode facts) {
        if (e.span() != null) {
            String sentence = facts.at(e.path()).asText();
            assertThat(sentence.substring(e.span().start(), e.span().end())).isEqualTo(e.value());
            return "“" + flat(sentence) + "”";
        }
        return e.path() + ": " + MemoView.value(StrictJson.mapper().valueToTree(e.value()));
    }

    @ParameterizedTest
    @MethodSource("dev.ismsdecider.Examples#inputs")
    void pageOneFitsOnOnePageAndTheAnnexStartsOnTheNext(Path example) throws IOException {
        Rendered memo = render(example);

        assertThat(memo.pages()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(memo.page1()).contains(SIGN_OFF).doesNotContain(ANNEX);
        assertThat(memo.pages().get(1)).startsWith(ANNEX);
    }

    @Test
    void metadataNamesTitleAuthorAndSubject() throws IOException {
        Rendered memo = render(PHARMA);

        assertThat(memo.info().getTitle()).isEqualTo("Decision memo: Can we drop ISO 27001 and rely on IEC 62443? (Acme Pharma GmbH)");
        assertThat(memo.info().getAuthor()).startsWith("isms-decider, rule set ");
        assertThat(memo.info().getSubject()).startsWith("Verdict: " + Wording.verdict(memo.assessment().verdict()) + ".");
        assertThat(memo.xmp()).as("XMP metadata, as PDF/A wants it").contains("pdfaid:part", "Acme Pharma GmbH");
    }

    @Test
    void germanNamesAndClausesKeepTheirLetters() throws IOException {
        Rendered memo = render(GERMAN);
        String name = memo.facts().at("/organization/name").asText();
        String clause = memo.facts().at("/contractClauses/0/text").asText();

        assertThat(name).contains("ü", "ö", "ß");
        assertThat(memo.page1()).contains(name);
        assertThat(memo.info().getTitle()).endsWith("(" + name + ")");
        assertThat(String.join(" ", memo.pages())).contains("“" + clause + "”");
    }

    @Test
    void theHtmlFetchesNothing() throws IOException {
        byte[] bytes = Examples.bytes(PHARMA);
        Assessment assessment = DecisionEngine.packaged().evaluate(FactsReader.read(bytes));
        String html = Memo.instance().html(MemoInput.unstored(assessment, bytes, DATE));

        assertThat(html).contains("<title>Decision memo: ").doesNotContain("<link", "src=", "url(", "@import");
        assertThat(html).contains(MemoView.sha256(bytes)).contains(assessment.ruleSet().sha256());
    }
}
