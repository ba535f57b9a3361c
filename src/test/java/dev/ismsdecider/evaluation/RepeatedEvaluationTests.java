package dev.ismsdecider.evaluation;

import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long-running server evaluates the same rules thousands of times. Drools compiles a constraint to
 * bytecode after it has been evaluated 20 times ("jitting"); a constraint the jitter gets wrong only
 * fails from then on, so one evaluation per test cannot see it. The packaged rules run as compiled at
 * build time (the executable model, no MVEL) and, with {@code --rules-dir}, as compiled from DRL: both.
 */
class RepeatedEvaluationTests {

    /** Well past Drools' default jitting threshold of 20 evaluations per constraint. */
    private static final int EVALUATIONS = 100;

    @ParameterizedTest(name = "precompiled: {0}")
    @ValueSource(booleans = {true, false})
    void theHundredthEvaluationGivesTheFirstAssessment(boolean precompiled) throws IOException {
        DecisionEngine engine = precompiled ? DecisionEngine.packaged() : DecisionEngine.load(RuleSetSource.packaged());
        assertThat(engine.precompiled()).isEqualTo(precompiled);
        // This profile leaves facts unknown, so the rules collecting undecided NR criteria run too.
        OrganizationProfile profile = FactsReader.read(Files.readAllBytes(Path.of("facts-examples/pharma-brownfield.json")));
        Assessment first = engine.evaluate(profile);
        for (int i = 1; i < EVALUATIONS; i++) {
            assertThat(engine.evaluate(profile)).as("evaluation %d", i + 1).isEqualTo(first);
        }
        assertThat(engine.openSessions()).isZero();
    }
}
