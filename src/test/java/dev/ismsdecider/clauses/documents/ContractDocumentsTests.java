package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.PartyKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Choosing the reader by content, plain text with clause numbers, and the strict JSON body. */
class ContractDocumentsTests {

    private static final ContractDocuments DOCUMENTS = new ContractDocuments(new ReadOptions("Big Pharma Inc.", PartyKind.CUSTOMER, DocumentLimits.DEFAULT));

    private static List<ContractClause> text(String text) {
        return DOCUMENTS.read("contract.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ContractClause> json(String json) {
        return DOCUMENTS.read("clauses.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readerIsChosenByContentNotByName() {
        assertThat(DOCUMENTS.readerFor("contract.txt", ContractFiles.pdf(List.of("x")))).isInstanceOf(PdfContractReader.class);
        assertThat(DOCUMENTS.readerFor("contract.pdf", ContractFiles.docx(List.of("x"), List.of()))).isInstanceOf(DocxContractReader.class);
        assertThat(DOCUMENTS.readerFor("contract", " {\"clauses\": []}".getBytes())).isInstanceOf(JsonContractReader.class);
        assertThat(DOCUMENTS.readerFor("contract.pdf", "14.2 Supplier shall ...".getBytes())).isInstanceOf(TextContractReader.class);
    }

    @Test
    void plainTextHasOneClausePerParagraphAndTakesLeadingNumbersAsIds() {
        List<ContractClause> clauses = text("""
                14.1 Supplier shall maintain a valid ISO/IEC 27001 certificate
                covering all sites.

                § 5 Supplier shall meet IEC 62443-2-4.


                Supplier shall notify incidents within 24 hours.
                """);
        assertThat(clauses).extracting(ContractClause::id).containsExactly("14.1", "§ 5", "line 7");
        assertThat(clauses.get(0).text()).isEqualTo("Supplier shall maintain a valid ISO/IEC 27001 certificate\ncovering all sites.");
        assertThat(clauses).allSatisfy(c -> {
            assertThat(c.party()).isEqualTo("Big Pharma Inc.");
            assertThat(c.partyKind()).isEqualTo(PartyKind.CUSTOMER);
        });
    }

    @Test
    void aYearOrAStandardNumberIsNoClauseNumber() {
        assertThat(text("2024 was the year the parties signed.\n\n27001 certification is required.")).extracting(ContractClause::id)
                .containsExactly("line 1", "line 3");
    }

    @Test
    void textThatIsNotUtf8NamesTheLine() {
        byte[] latin1 = "14.1 Supplier shall hold ISO 27001.\n\n14.2 Der Auftragnehmer muss gemäß ISO 27001 zertifiziert sein.\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> DOCUMENTS.read("contract.txt", latin1))
                .isInstanceOf(ContractFormatException.class)
                .hasMessage("line 3: the text is not valid UTF-8")
                .extracting(e -> ((ContractFormatException) e).location()).isEqualTo("line 3");
    }

    @Test
    void binaryContentNamesTheLine() {
        assertThatThrownBy(() -> text("first clause\n\nsecond\u0000clause"))
                .hasMessageStartingWith("line 3: the text holds control character U+0000");
    }

    @Test
    void emptyDocumentIsRefusedNotReadAsNothingRequired() {
        assertThatThrownBy(() -> text("\n   \n\n")).hasMessage("the text holds no text to check");
    }

    @Test
    void jsonBodyOfContractV1() {
        List<ContractClause> clauses = json("""
                {"clauses": [{"id": "MSA-14.2", "party": "Big Pharma Inc.", "partyKind": "CUSTOMER", "text": "Supplier shall be ISO 27001 certified."},
                             {"id": "MSA-15", "text": null}]}""");
        assertThat(clauses).containsExactly(
                new ContractClause("MSA-14.2", "Big Pharma Inc.", PartyKind.CUSTOMER, "Supplier shall be ISO 27001 certified."),
                new ContractClause("MSA-15", null, null, null));
    }

    @Test
    void jsonErrorsNameTheJsonPointerInPlainWords() {
        assertThatThrownBy(() -> json("{\"clauses\": [{\"id\": \"1\", \"partyKind\": \"VENDOR\", \"text\": \"x\"}]}"))
                .hasMessage("/clauses/0/partyKind: unknown value 'VENDOR'; expected one of CUSTOMER, PRIME, REGULATOR, CERTIFICATION_BODY, INSURER, OTHER");
        assertThatThrownBy(() -> json("{\"clauses\": [{\"id\": \"1\", \"txt\": \"x\"}]}"))
                .hasMessage("/clauses/0/txt: unknown property 'txt'; expected one of id, party, partyKind, role, text");
        assertThatThrownBy(() -> json("{\"clauses\": [{\"id\": \"1\", \"text\": 42}, null]}"))
                .hasMessageStartingWith("/clauses/");
        assertThatThrownBy(() -> json("{\"clauses\": [null]}")).hasMessage("/clauses/0: null is not allowed inside the list; leave the entry out");
        assertThatThrownBy(() -> json("{}")).hasMessage("/clauses: a list of clauses is required");
        assertThatThrownBy(() -> json("{\"clauses\": [}")).hasMessageStartingWith("malformed JSON at line 1, column 14: ");
        assertThatThrownBy(() -> json("{\"clauses\": [], \"clauses\": []}")).hasMessageContaining("duplicate key 'clauses'");
    }

    @Test
    void oversizedDocumentIsRefusedBeforeReading() {
        ContractDocuments small = new ContractDocuments(new ReadOptions(null, null, new DocumentLimits(100, 500, 2_000_000)));
        assertThatThrownBy(() -> small.read("contract.txt", "x".repeat(101).getBytes()))
                .hasMessage("the document has 101 bytes; at most 100 are accepted");
    }
}
