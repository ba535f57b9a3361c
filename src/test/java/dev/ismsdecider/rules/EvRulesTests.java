package dev.ismsdecider.rules;

import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.Action;
import dev.ismsdecider.evaluation.Evidence;
import org.junit.jupiter.api.Test;

import static dev.ismsdecider.ProfileFixture.NO_OT;
import static dev.ismsdecider.ProfileFixture.OT_NOT_STATED;
import static dev.ismsdecider.ProfileFixture.OT_ONLY;
import static dev.ismsdecider.ProfileFixture.expectation;
import static dev.ismsdecider.TestEngine.evaluate;
import static dev.ismsdecider.TestEngine.findings;
import static dev.ismsdecider.TestEngine.fired;
import static dev.ismsdecider.evaluation.FindingKind.ACTION;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule of {@code rules/ev.drl}, named after it: actions for everyone who gives IEC 62443 weight. */
class EvRulesTests {


    private static void assertActionOnlyWithOt(String rule, String criterion) {
        Assessment withOt = evaluate(OT_ONLY);
        assertThat(fired(withOt)).contains(rule);
        assertThat(findings(withOt, criterion, ACTION)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly(new Evidence("/ot/present", true, null)));
        assertThat(withOt.actions()).anySatisfy(a -> assertThat(a.criterion()).isEqualTo(criterion));
        assertThat(fired(evaluate(NO_OT))).doesNotContain(rule);
    }

    @Test
    void documentScopeAndRationale() {
        assertActionOnlyWithOt("DocumentScopeAndRationale", "EV-1");
    }

    @Test
    void maintainControlMapping() {
        assertActionOnlyWithOt("MaintainControlMapping", "EV-2");

        Assessment withOt = evaluate(OT_ONLY);
        assertThat(withOt.otControlSet()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.annexA()).matches("A\\.[5-8]\\.\\d+");
            assertThat(entry.systemRequirements()).isNotEmpty().allSatisfy(sr -> assertThat(sr).startsWith("SR "));
        });
        assertThat(withOt.annexAStayingWithIsms()).isNotEmpty().doesNotContainAnyElementsOf(
                withOt.otControlSet().stream().map(e -> e.annexA()).toList());
        assertThat(evaluate(NO_OT).otControlSet()).as("no OT, no OT control set").isEmpty();
        assertThat(evaluate(NO_OT).annexAStayingWithIsms()).isEmpty();
    }

    @Test
    void adoptIec62443AsControlledChange() {
        assertActionOnlyWithOt("AdoptIec62443AsControlledChange", "EV-3");
    }

    @Test
    void auditFollowsContractLanguage() {
        Assessment a = evaluate(OT_ONLY.with("/externalExpectations/0", expectation("Regulator", "REGULATOR", "ISMS_EVIDENCE")));

        assertThat(fired(a)).contains("AuditFollowsContractLanguage").doesNotContain("AuditOutcomeNotAssumed");
        assertThat(findings(a, "EV-4", ACTION)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).extracting(Evidence::path).containsExactly("/externalExpectations/0"));
    }

    @Test
    void auditOutcomeNotAssumed() {
        Assessment a = evaluate(OT_ONLY);

        assertThat(fired(a)).contains("AuditOutcomeNotAssumed").doesNotContain("AuditFollowsContractLanguage");
        assertThat(findings(a, "EV-4", ACTION)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("No contract or regulation on record"));
    }

    @Test
    void otControlSetDrawnUp() {
        assertThat(fired(evaluate(OT_ONLY))).contains("OtControlSetDrawnUp");
        assertThat(fired(evaluate(OT_NOT_STATED))).as("no mapping for OT nobody confirmed").doesNotContain("OtControlSetDrawnUp");
        assertThat(evaluate(OT_NOT_STATED).otControlSet()).isEmpty();
    }

    /** Issue 11, defect 5: with OT unknown, the EV actions apply on that condition instead of vanishing. */
    @Test
    void evActionsApplyOnConditionWhileOtIsUnknown() {
        Assessment a = evaluate(OT_NOT_STATED);

        assertThat(a.actions()).extracting(Action::criterion).contains("EV-1", "EV-2", "EV-3");
        assertThat(a.actions()).filteredOn(action -> action.criterion().startsWith("EV-"))
                .allSatisfy(action -> assertThat(action.action()).startsWith("If the organisation operates OT: "));
        assertThat(findings(a, "EV-4", ACTION)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).startsWith("If the organisation operates OT: no contract"));
        assertThat(evaluate(OT_ONLY).actions()).allSatisfy(action -> assertThat(action.action()).doesNotStartWith("If the organisation"));
    }
}
