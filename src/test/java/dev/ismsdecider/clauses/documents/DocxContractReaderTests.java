package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.PartyKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Word contracts generated here with POI: paragraphs and tables in order, damaged and protected files refused. */
class DocxContractReaderTests {

    private static final ContractDocuments DOCUMENTS = new ContractDocuments(new ReadOptions("Motorworks AG", PartyKind.CUSTOMER, DocumentLimits.DEFAULT));
    private static final List<String> PARAGRAPHS = List.of(
            "7.1 Supplier shall hold a TISAX label with assessment level AL3.",
            "",
            "Supplier shall be certified to ISO/IEC 27001 or an equivalent standard.");

    @Test
    void readsParagraphsAndTableCellsInDocumentOrder() {
        List<ContractClause> clauses = DOCUMENTS.read("contract.docx",
                ContractFiles.docx(PARAGRAPHS, List.of("7.3 Der Lieferant betreibt ein Informationssicherheits-Managementsystem.")));
        assertThat(clauses).extracting(ContractClause::id).containsExactly("7.1", "paragraph 3", "7.3");
        assertThat(clauses.get(1).text()).isEqualTo(PARAGRAPHS.get(2));
        assertThat(clauses).allSatisfy(c -> assertThat(c.partyKind()).isEqualTo(PartyKind.CUSTOMER));
    }

    @Test
    void passwordProtectedDocxIsRefused() {
        assertThatThrownBy(() -> DOCUMENTS.read("contract.docx", ContractFiles.encryptedDocx(PARAGRAPHS)))
                .isInstanceOf(ContractFormatException.class)
                .hasMessage("the document is encrypted (password-protected); provide an unprotected copy");
    }

    @Test
    void legacyWordFileIsRefusedWithAWayOut() {
        assertThatThrownBy(() -> DOCUMENTS.read("contract.doc", ContractFiles.legacyDoc()))
                .hasMessage("legacy Word 97-2003 (.doc) or other binary Office files are not supported; save it as DOCX or PDF");
    }

    @Test
    void truncatedDocxIsRefused() {
        assertThatThrownBy(() -> DOCUMENTS.read("contract.docx", ContractFiles.truncated(ContractFiles.docx(PARAGRAPHS, List.of()))))
                .hasMessage("the DOCX is truncated or damaged: its zip directory is missing");
    }

    @Test
    void docxWithDamagedBodyIsRefused() {
        assertThatThrownBy(() -> DOCUMENTS.read("contract.docx", ContractFiles.docxWithDamagedBody(PARAGRAPHS)))
                .isInstanceOf(ContractFormatException.class)
                .hasMessageStartingWith("the file is not a readable Word (DOCX) document");
    }

    @Test
    void docxBeyondTheTextLimitIsRefused() {
        ContractDocuments strict = new ContractDocuments(new ReadOptions(null, null, new DocumentLimits(20_000_000, 500, 100)));
        assertThatThrownBy(() -> strict.read("contract.docx", ContractFiles.docx(List.of("x".repeat(60), "y".repeat(60)), List.of())))
                .hasMessage("paragraph 2: the document's text exceeds 100 characters");
    }

    @Test
    void docxWithoutTextIsRefused() {
        assertThatThrownBy(() -> DOCUMENTS.read("contract.docx", ContractFiles.docx(List.of("", " "), List.of())))
                .hasMessage("the Word document holds no text to check");
    }
}
