package dev.ismsdecider.profile;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static dev.ismsdecider.FuzzAssertions.assertOurWords;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the facts reader (Jazzer): whatever the bytes, it returns a profile or refuses
 * with {@link InvalidFactsException} in our words, never another exception. In {@code verify} the seeds under
 * {@code src/test/resources/.../FactsReaderFuzzTestsInputs} run once each; {@code -Pfuzz} fuzzes (pom.xml).
 */
class FactsReaderFuzzTests {

    @FuzzTest(maxDuration = "5m")
    void readsOrRefusesInOurWords(byte[] input) {
        try {
            FactsReader.read(input);
        } catch (InvalidFactsException refused) {
            assertThat(refused.errors()).isNotEmpty();
            refused.errors().forEach(error -> assertOurWords(error.message(), input));
        }
    }
}
