package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PDF contracts generated here with PDFBox: read whole or refused whole. */
class PdfContractReaderTests {

    private static final List<String> CLAUSES = List.of(
            "14.1 Supplier shall maintain a valid ISO/IEC 27001 certificate covering all sites that process Customer data and shall provide the certificate on request.",
            "14.2 Der Auftragnehmer erfüllt die Anforderungen der IEC 62443-2-4 mit Reifegrad ML 2.",
            "Supplier shall notify Customer of security incidents within 24 hours.");
    private static final PdfContractReader READER = new PdfContractReader(new ReadOptions("Big Pharma Inc.", null, DocumentLimits.DEFAULT));

    @Test
    void readsClausesAcrossWrappedLinesWithNumbersAsIds() {
        List<ContractClause> clauses = READER.read(ContractFiles.pdf(CLAUSES));
        assertThat(clauses).extracting(ContractClause::id).containsExactly("14.1", "14.2", "page 1, line 6");
        assertThat(clauses.get(0).text().replace('\n', ' ')).isEqualTo(CLAUSES.get(0).substring(5));
        assertThat(clauses.get(1).text()).isEqualTo("Der Auftragnehmer erfüllt die Anforderungen der IEC 62443-2-4 mit Reifegrad ML 2.");
        assertThat(clauses).allSatisfy(c -> assertThat(c.party()).isEqualTo("Big Pharma Inc."));
    }

    @Test
    void aClauseRunsOnAcrossAPageBreakAndFootersAreDropped() {
        List<ContractClause> clauses = READER.read(ContractFiles.pdf(List.of(
                "1.1 First clause on page one.", "1.2 Second clause also on page one.", "1.3 Third clause, alone on page two."), 3));
        assertThat(clauses).extracting(ContractClause::id).containsExactly("1.1", "1.2", "1.3");
        assertThat(clauses).noneSatisfy(c -> assertThat(c.text()).contains("Page"));
    }

    @Test
    void aLongGeneratedContractIsReadCompletely() throws IOException {
        byte[] pdf = ContractFiles.contractPdf(CLAUSES.stream().map(c -> c.replaceFirst("^[0-9.]+ ", "")).toList(), 50);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(50);
        }
        List<ContractClause> clauses = READER.read(pdf);
        assertThat(clauses).hasSizeGreaterThan(500);
        assertThat(clauses.get(0).id()).isEqualTo("1.1");
        assertThat(clauses.get(clauses.size() - 1).text()).isNotBlank();
    }

    @Test
    void passwordProtectedPdfIsRefused() {
        assertThatThrownBy(() -> READER.read(ContractFiles.encryptedPdf(CLAUSES)))
                .isInstanceOf(ContractFormatException.class)
                .hasMessage("the PDF is encrypted (password-protected); provide an unprotected copy");
    }

    @Test
    void pdfThatForbidsTextExtractionIsRefused() {
        assertThatThrownBy(() -> READER.read(ContractFiles.copyProtectedPdf(CLAUSES)))
                .hasMessage("the PDF is encrypted and does not permit its text to be read; provide an unprotected copy");
    }

    @Test
    void truncatedPdfIsRefused() {
        assertThatThrownBy(() -> READER.read(ContractFiles.truncated(ContractFiles.pdf(CLAUSES))))
                .hasMessage("the PDF is truncated or damaged: it has no end-of-file marker");
    }

    @Test
    void corruptPdfIsRefused() {
        assertThatThrownBy(() -> READER.read(ContractFiles.garbagePdf()))
                .isInstanceOf(ContractFormatException.class)
                .hasMessageStartingWith("the file is not a readable PDF");
    }

    /** PDFBox alone would return the clauses around a damaged page; the reader refuses the document and names the page. */
    @Test
    void damagedPageContentIsRefusedNotSkipped() {
        byte[] pdf = ContractFiles.pdf(List.of("1.1 First page.", "1.2 Second page.", "1.3 Third page."), 2);
        byte[] damaged = pdf.clone();
        String marker = "/FlateDecode\n>>\nstream\r\n";
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        int secondPage = raw.indexOf(marker, raw.indexOf(marker) + 1) + marker.length();
        for (int i = secondPage + 8; i < secondPage + 40; i++) {
            damaged[i] = 0x55;
        }
        assertThatThrownBy(() -> READER.read(damaged))
                .isInstanceOf(ContractFormatException.class)
                .hasMessageStartingWith("page 2: the page's content is");
    }

    @Test
    void scannedPdfWithoutTextLayerIsRefused() {
        assertThatThrownBy(() -> READER.read(ContractFiles.pdfWithoutText(2)))
                .hasMessage("the PDF has no text layer (a scan?); run text recognition on it first");
    }

    @Test
    void pdfBeyondThePageLimitIsRefused() {
        PdfContractReader strict = new PdfContractReader(new ReadOptions(null, null, new DocumentLimits(20_000_000, 2, 2_000_000)));
        assertThatThrownBy(() -> strict.read(ContractFiles.pdf(List.of("1.1 a", "1.2 b", "1.3 c"), 2)))
                .hasMessage("the document has 3 pages; at most 2 are accepted");
    }
}
