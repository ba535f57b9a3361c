package dev.ismsdecider.evaluation.kie;

import dev.ismsdecider.Examples;
import dev.ismsdecider.TestEngine;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmarks' Drools floor ({@link RulesAlone}) must do the engine's rule work: as many firings as the trace has steps. */
class RulesAloneTests {

    @Test
    void firesTheRulesTheEngineTraces() {
        RulesAlone rulesAlone = new RulesAlone();
        for (Path example : Examples.inputs()) {
            OrganizationProfile profile = FactsReader.read(Examples.bytes(example));

            assertThat(rulesAlone.fire(profile)).as(example.toString())
                    .isEqualTo(TestEngine.engine().evaluate(profile).trace().size())
                    .isPositive();
        }
    }
}
