package dev.ismsdecider.rules;

import dev.ismsdecider.ProfileFixture;
import dev.ismsdecider.assessment.Assessment;
import dev.ismsdecider.knowledge.GapStatus;
import dev.ismsdecider.knowledge.ManagementSystemGap;
import dev.ismsdecider.knowledge.OpenQuestion;
import dev.ismsdecider.knowledge.Verdict;
import dev.ismsdecider.mapping.ClauseGap;
import dev.ismsdecider.mapping.ClauseStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.ismsdecider.ProfileFixture.OT_ONLY;
import static dev.ismsdecider.TestEngine.evaluate;
import static dev.ismsdecider.TestEngine.findings;
import static dev.ismsdecider.TestEngine.fired;
import static dev.ismsdecider.knowledge.FindingKind.ACTION;
import static dev.ismsdecider.knowledge.FindingKind.CONCLUSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** One test per rule of {@code rules/pa.drl}, named after it: the verdict and what follows from it. */
class PaRulesTests {

    private static final ProfileFixture OT_NOT_STATED = OT_ONLY.without("/ot")
            .with("/scope/domains", List.of("CORPORATE_IT")).with("/scope/systems", List.of());

    @Test
    void coexistBecauseBlockersHold() {
        Assessment a = evaluate(OT_ONLY.with("/governance/needsSingleAuditableSystem", true)
                .with("/scope/domains", List.of("PLANT_OT", "CORPORATE_IT")));

        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
        assertThat(fired(a)).containsOnlyOnce("CoexistBecauseBlockersHold");
        assertThat(a.answer()).startsWith("No").contains("(NR-2)").contains("(NR-4)");
        assertThat(findings(a, "PA-1", CONCLUSION)).singleElement().satisfies(f -> assertThat(f.evidence())
                .extracting(e -> e.path()).containsExactly("/governance/needsSingleAuditableSystem", "/scope/domains/1"));
    }

    @Test
    void keepIso27001WhileOtFootprintUnknown() {
        Assessment a = evaluate(OT_NOT_STATED);

        assertThat(a.verdict()).isEqualTo(Verdict.KEEP_ISO_27001);
        assertThat(fired(a)).contains("KeepIso27001WhileOtFootprintUnknown");
        assertThat(a.answer()).startsWith("No").contains("not yet known");
        assertThat(findings(a, "CO-1")).as("OT not known: no OT advice").isEmpty();
    }

    @Test
    void relyPrimarilyOnIec62443() {
        Assessment a = evaluate(OT_ONLY);

        assertThat(a.verdict()).isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
        assertThat(fired(a)).contains("RelyPrimarilyOnIec62443");
        assertThat(a.answer()).startsWith("Possibly");
        assertThat(findings(a, "PA-2", CONCLUSION)).singleElement().satisfies(f -> assertThat(f.evidence())
                .extracting(e -> e.path()).contains("/externalExpectations", "/scope/domains", "/scope/systems",
                        "/certification/iso27001Certified", "/governance/needsSingleAuditableSystem"));
        assertThat(a.openQuestions()).isEmpty();
    }

    @Test
    void undeterminedWhileBlockersUnresolved() {
        Assessment a = evaluate(OT_ONLY.without("/governance/needsSingleAuditableSystem").without("/scope/systems"));

        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(fired(a)).contains("UndeterminedWhileBlockersUnresolved");
        assertThat(a.answer()).startsWith("Not yet").contains("NR-2, NR-4");
    }

    @Test
    void undeterminedWhileOtFootprintUnknown() {
        Assessment a = evaluate(OT_ONLY.without("/ot").with("/scope/domains", List.of()).with("/scope/systems", List.of()));

        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(fired(a)).contains("UndeterminedWhileOtFootprintUnknown");
        assertThat(a.answer()).contains("not known whether you operate OT");
    }

    @Test
    void questionCouldDecideVerdict() {
        Assessment a = evaluate(OT_ONLY.without("/governance/needsSingleAuditableSystem"));

        assertThat(fired(a)).contains("QuestionCouldDecideVerdict");
        assertThat(a.openQuestions()).extracting(OpenQuestion::path, OpenQuestion::couldChangeVerdict)
                .containsExactly(tuple("/governance/needsSingleAuditableSystem", true));
    }

    @Test
    void otQuestionCouldTurnKeepIntoCoexist() {
        Assessment a = evaluate(OT_NOT_STATED);

        assertThat(fired(a)).contains("OtQuestionCouldTurnKeepIntoCoexist");
        assertThat(a.openQuestions()).extracting(OpenQuestion::path, OpenQuestion::couldChangeVerdict)
                .contains(tuple("/ot/present", true));
    }

    @Test
    void questionLeavesVerdictStanding() {
        Assessment a = evaluate(OT_ONLY.with("/scope/domains", List.of("PLANT_OT", "CORPORATE_IT"))
                .without("/governance/needsSingleAuditableSystem"));

        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
        assertThat(fired(a)).contains("QuestionLeavesVerdictStanding");
        assertThat(a.openQuestions()).extracting(OpenQuestion::path, OpenQuestion::couldChangeVerdict)
                .containsExactly(tuple("/governance/needsSingleAuditableSystem", false));
    }

    @Test
    void coverManagementSystemElements() {
        Assessment a = evaluate(OT_ONLY.with("/governance/managementSystem/internalAudit", false)
                .without("/governance/managementSystem/managementReview"));

        assertThat(fired(a)).contains("CoverManagementSystemElements");
        assertThat(findings(a, "PA-3", ACTION)).singleElement().satisfies(f -> {
            assertThat(f.explanation()).contains("missing: internalAudit (9.2)").contains("not stated: managementReview (9.3)");
            assertThat(f.evidence()).extracting(e -> e.path()).contains("/governance/managementSystem/internalAudit")
                    .doesNotContain("/governance/managementSystem/managementReview");
        });
        assertThat(fired(evaluate(OT_ONLY.with("/governance/needsSingleAuditableSystem", true))))
                .doesNotContain("CoverManagementSystemElements");
    }

    /** PA-3 for an OT-only organisation with a partial management system: every clause 4.1 to 10.2, with its status. */
    @Test
    void coverManagementSystemElementsClauseByClause() {
        Assessment a = evaluate(OT_ONLY.with("/governance/managementSystem/internalAudit", false)
                .with("/governance/managementSystem/leadership", true));
        Map<String, ClauseStatus> status = a.ismsClauseGaps().stream().collect(Collectors.toMap(ClauseGap::clause, ClauseGap::status));

        assertThat(a.ismsClauseGaps()).hasSize(34).first().satisfies(g -> assertThat(g.clause()).isEqualTo("4.1"));
        assertThat(a.ismsClauseGaps()).last().satisfies(g -> assertThat(g.clause()).isEqualTo("10.2"));
        assertThat(status).containsEntry("9.2", ClauseStatus.MISSING).containsEntry("5.2", ClauseStatus.IN_PLACE)
                .containsEntry("5.1", ClauseStatus.IN_PLACE).containsEntry("7.4", ClauseStatus.UNKNOWN);
        assertThat(evaluate(OT_ONLY.with("/governance/needsSingleAuditableSystem", true)).ismsClauseGaps())
                .as("PA-3 does not apply to coexistence").isEmpty();
    }

    @Test
    void managementSystemElementMissing() {
        Assessment a = evaluate(OT_ONLY.with("/governance/managementSystem/internalAudit", false)
                .with("/governance/managementSystem/securityPolicy", false));

        assertThat(fired(a)).contains("ManagementSystemElementMissing");
        assertThat(a.managementSystemGaps()).extracting(ManagementSystemGap::element, ManagementSystemGap::iso27001Clause, ManagementSystemGap::status)
                .containsExactly(tuple("securityPolicy", "5.2", GapStatus.MISSING), tuple("internalAudit", "9.2", GapStatus.MISSING));
    }

    @Test
    void managementSystemElementUnknown() {
        Assessment a = evaluate(OT_ONLY.without("/governance/managementSystem"));

        assertThat(fired(a)).contains("ManagementSystemElementUnknown");
        assertThat(a.managementSystemGaps()).extracting(ManagementSystemGap::element, ManagementSystemGap::status).containsExactly(
                tuple("securityPolicy", GapStatus.UNKNOWN), tuple("riskManagement", GapStatus.UNKNOWN),
                tuple("internalAudit", GapStatus.UNKNOWN), tuple("managementReview", GapStatus.UNKNOWN),
                tuple("continualImprovement", GapStatus.UNKNOWN));
        assertThat(a.managementSystemGaps()).extracting(ManagementSystemGap::iso27001Clause).containsExactly("5.2", "6.1/8.2/8.3", "9.2", "9.3", "10.1");
    }
}
