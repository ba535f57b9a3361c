package dev.ismsdecider.clauses;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ismsdecider.clauses.documents.ContractFormatException;
import dev.ismsdecider.clauses.documents.JsonContractReader;
import dev.ismsdecider.clauses.documents.ReadOptions;
import dev.ismsdecider.clauses.documents.TextContractReader;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;

import java.util.List;

import static dev.ismsdecider.FuzzAssertions.assertOurWords;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the clause reader: the bytes as a JSON clause request and as plain text, each
 * read clause classified. Either every clause gets a result, or the input is refused with a
 * {@link ContractFormatException}; nothing else. Seeds under {@code ClauseReaderFuzzTestsInputs}.
 */
class ClauseReaderFuzzTests {

    private static final ClauseChecker CHECKER = ClauseFixtures.CHECKER;

    @FuzzTest(maxDuration = "5m")
    void classifiesOrRefuses(byte[] input) {
        classify(() -> new JsonContractReader(ReadOptions.DEFAULT.limits()).read(input), input);
        classify(() -> new TextContractReader(ReadOptions.DEFAULT).read(input), input);
    }

    private static void classify(java.util.function.Supplier<List<ContractClause>> reader, byte[] input) {
        List<ContractClause> clauses;
        try {
            clauses = reader.get();
        } catch (ContractFormatException refused) {
            assertOurWords(refused.getMessage(), input);
            return;
        }
        assertThat(CHECKER.readAll(clauses)).hasSize(clauses.size());
    }
}
