package dev.ismsdecider.clauses.documents;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;

import java.util.List;

import static dev.ismsdecider.FuzzAssertions.assertOurWords;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the document intake (PDF, DOCX, text, JSON chosen by content): clauses with
 * text, or a {@link ContractFormatException} in our words; never another exception, never an empty list.
 * Seeds (a small PDF, DOCX, text and JSON contract) under {@code DocumentIntakeFuzzTestsInputs}.
 */
class DocumentIntakeFuzzTests {

    private static final ContractDocuments DOCUMENTS = new ContractDocuments(ReadOptions.DEFAULT);

    @FuzzTest(maxDuration = "5m")
    void readsOrRefusesEveryDocument(byte[] input) {
        List<ContractClause> clauses;
        try {
            clauses = DOCUMENTS.read("upload", input);
        } catch (ContractFormatException refused) {
            assertOurWords(refused.getMessage(), input);
            return;
        }
        assertThat(clauses).isNotEmpty().allSatisfy(clause -> assertThat(clause.text()).isNotBlank());
    }
}
