package dev.ismsdecider.rules;

import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.Evidence;
import org.junit.jupiter.api.Test;

import static dev.ismsdecider.ProfileFixture.NO_OT;
import static dev.ismsdecider.ProfileFixture.OT_ONLY;
import static dev.ismsdecider.TestEngine.evaluate;
import static dev.ismsdecider.TestEngine.findings;
import static dev.ismsdecider.TestEngine.fired;
import static dev.ismsdecider.evaluation.FindingKind.COMPLEMENT;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule of {@code rules/co.drl}, named after it: complements apply wherever there is OT, whatever the verdict. */
class CoRulesTests {

    private static final dev.ismsdecider.ProfileFixture OT_WITH_BLOCKER = OT_ONLY.with("/governance/needsSingleAuditableSystem", true);

    @Test
    void iec62443AsOtControlSet() {
        Assessment a = evaluate(OT_WITH_BLOCKER);

        assertThat(fired(a)).contains("Iec62443AsOtControlSet");
        assertThat(findings(a, "CO-1", COMPLEMENT)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly(new Evidence("/ot/present", true, null)));
        assertThat(a.actions()).anySatisfy(action -> {
            assertThat(action.criterion()).isEqualTo("CO-1");
            assertThat(action.action()).contains("Statement of Applicability");
        });
        assertThat(fired(evaluate(NO_OT))).doesNotContain("Iec62443AsOtControlSet");
    }

    @Test
    void iec62443ForOtTechnicalDepth() {
        assertThat(findings(evaluate(OT_ONLY), "CO-2", COMPLEMENT)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("zones and conduits"));
        assertThat(fired(evaluate(OT_WITH_BLOCKER))).contains("Iec62443ForOtTechnicalDepth");
        assertThat(fired(evaluate(NO_OT))).doesNotContain("Iec62443ForOtTechnicalDepth");
    }

    @Test
    void iec62443AsOtEngineeringReference() {
        assertThat(findings(evaluate(OT_WITH_BLOCKER), "CO-3", COMPLEMENT)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("engineering"));
        assertThat(fired(evaluate(OT_ONLY))).contains("Iec62443AsOtEngineeringReference");
        assertThat(fired(evaluate(NO_OT))).doesNotContain("Iec62443AsOtEngineeringReference");
    }
}
