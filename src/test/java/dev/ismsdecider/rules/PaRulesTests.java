package dev.ismsdecider.rules;

import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.GapStatus;
import dev.ismsdecider.evaluation.TraceStep;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.evaluation.ManagementSystemGap;
import dev.ismsdecider.gaps.ClauseGap;
import dev.ismsdecider.gaps.ClauseStatus;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.ismsdecider.ProfileFixture.OT_ONLY;
import static dev.ismsdecider.TestEngine.evaluate;
import static dev.ismsdecider.TestEngine.findings;
import static dev.ismsdecider.TestEngine.fired;
import static dev.ismsdecider.evaluation.FindingKind.ACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** One test per rule of {@code rules/pa.drl}, named after it: what relying on IEC 62443 leaves to cover (PA-3). */
class PaRulesTests {

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

    @Test
    void clauseLevelElementMissing() {
        Assessment a = evaluate(OT_ONLY.with("/governance/managementSystem/resources", false));
        Map<String, ClauseStatus> status = a.ismsClauseGaps().stream().collect(Collectors.toMap(ClauseGap::clause, ClauseGap::status));

        assertThat(fired(a)).contains("ClauseLevelElementMissing");
        assertThat(status).containsEntry("7.1", ClauseStatus.MISSING);
        assertThat(a.managementSystemGaps()).as("contract v1 lists its five elements").extracting(ManagementSystemGap::element)
                .doesNotContain("resources");
        assertThat(fired(evaluate(OT_ONLY.with("/governance/managementSystem/resources", false)
                .with("/governance/needsSingleAuditableSystem", true)))).as("only where PA-3 applies").doesNotContain("ClauseLevelElementMissing");
    }

    @Test
    void clauseLevelElementUnknown() {
        Assessment a = evaluate(OT_ONLY);
        Map<String, ClauseStatus> status = a.ismsClauseGaps().stream().collect(Collectors.toMap(ClauseGap::clause, ClauseGap::status));

        assertThat(fired(a)).contains("ClauseLevelElementUnknown");
        assertThat(status).containsEntry("7.1", ClauseStatus.UNKNOWN).containsEntry("9.2", ClauseStatus.IN_PLACE);
        assertThat(a.managementSystemGaps()).isEmpty();
    }

    private static final String AUDIT = "/governance/managementSystem/internalAudit";
    private static final List<String> CLAUSE_RULES = List.of("IsmsClauseMissing", "IsmsClauseUnknown", "IsmsClauseInPlace");

    @Test
    void ismsClauseMissing() {
        Assessment a = evaluate(OT_ONLY.with(AUDIT, false));

        assertThat(fired(a)).contains("IsmsClauseMissing");
        assertThat(statusOf(a)).containsEntry("9.2", ClauseStatus.MISSING).containsEntry("9.2.2", ClauseStatus.MISSING)
                .as("missing outweighs the elements not stated").containsEntry("4.4", ClauseStatus.MISSING);
        assertThat(a.ismsClauseGaps()).filteredOn(g -> g.status() == ClauseStatus.MISSING).extracting(ClauseGap::clause)
                .containsExactlyInAnyOrder("4.4", "9.2", "9.2.1", "9.2.2");
        assertThat(clauseStep(a, "9.2")).satisfies(step -> {
            assertThat(step.rule()).isEqualTo("IsmsClauseMissing");
            assertThat(step.criterion()).isEqualTo("PA-3");
            assertThat(step.source()).isEqualTo("Practical answer");
            assertThat(step.facts()).containsExactly(AUDIT);
            assertThat(step.withdrawn()).isNull();
        });
        assertThat(fired(evaluate(OT_ONLY))).as("nothing stated false").doesNotContain("IsmsClauseMissing");
    }

    @Test
    void ismsClauseUnknown() {
        Assessment a = evaluate(OT_ONLY.without(AUDIT));

        assertThat(fired(a)).contains("IsmsClauseUnknown");
        assertThat(statusOf(a)).containsEntry("9.2", ClauseStatus.UNKNOWN).containsEntry("7.1", ClauseStatus.UNKNOWN)
                .containsEntry("5.2", ClauseStatus.IN_PLACE);
        assertThat(clauseStep(a, "9.2")).satisfies(step -> {
            assertThat(step.rule()).isEqualTo("IsmsClauseUnknown");
            assertThat(step.facts()).containsExactly(AUDIT);
        });
        assertThat(fired(evaluate(OT_ONLY.with("/governance/managementSystem", everyElement(true)))))
                .as("everything stated").doesNotContain("IsmsClauseUnknown");
    }

    @Test
    void ismsClauseInPlace() {
        Assessment a = evaluate(OT_ONLY);

        assertThat(fired(a)).contains("IsmsClauseInPlace");
        assertThat(statusOf(a)).containsEntry("9.2", ClauseStatus.IN_PLACE).containsEntry("6.1.2", ClauseStatus.IN_PLACE)
                .as("an element of 4.4 is not stated").containsEntry("4.4", ClauseStatus.UNKNOWN);
        assertThat(clauseStep(a, "6.1.2")).satisfies(step -> {
            assertThat(step.rule()).isEqualTo("IsmsClauseInPlace");
            assertThat(step.facts()).containsExactly("/governance/managementSystem/riskManagement");
        });
        assertThat(statusOf(evaluate(OT_ONLY.with(AUDIT, false)))).containsEntry("9.2", ClauseStatus.MISSING);

        Assessment stated = evaluate(OT_ONLY.with("/governance/managementSystem", everyElement(true)));
        assertThat(fired(stated)).filteredOn(CLAUSE_RULES::contains).hasSize(34).containsOnly("IsmsClauseInPlace");
        assertThat(fired(evaluate(OT_ONLY.with("/governance/managementSystem", everyElement(true))
                .with("/governance/needsSingleAuditableSystem", true)))).as("only where PA-3 applies")
                .doesNotContainAnyElementsOf(CLAUSE_RULES);
    }

    /** The three clause rules exclude each other: one step per clause, never withdrawn, as many as the assessment lists. */
    @Test
    void ismsClauseRulesGiveEachClauseOneStatus() {
        for (Assessment a : List.of(evaluate(OT_ONLY), evaluate(OT_ONLY.with(AUDIT, false).without("/governance/managementSystem/securityPolicy")),
                evaluate(OT_ONLY.without("/governance/managementSystem")))) {
            List<TraceStep> steps = a.trace().stream().filter(s -> CLAUSE_RULES.contains(s.rule())).toList();
            assertThat(steps).hasSize(a.ismsClauseGaps().size()).allSatisfy(s -> assertThat(s.withdrawn()).isNull());
            assertThat(steps).extracting(TraceStep::concluded).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(a.ismsClauseGaps().stream()
                            .map(g -> "ISO 27001 clause " + g.clause() + " " + g.status()).toList());
        }
    }

    private static Map<String, ClauseStatus> statusOf(Assessment a) {
        return a.ismsClauseGaps().stream().collect(Collectors.toMap(ClauseGap::clause, ClauseGap::status));
    }

    /** The one trace step that concluded the status of a clause. */
    private static TraceStep clauseStep(Assessment a, String clause) {
        List<TraceStep> steps = a.trace().stream().filter(s -> s.concluded().startsWith("ISO 27001 clause " + clause + " ")).toList();
        assertThat(steps).as("steps concluding clause %s", clause).hasSize(1);
        return steps.get(0);
    }

    /** Every management-system element stated, all with the same value. */
    private static OrganizationProfile.ManagementSystem everyElement(boolean value) {
        Boolean[] v = new Boolean[15];
        Arrays.fill(v, value);
        return new OrganizationProfile.ManagementSystem(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11],
                v[12], v[13], v[14]);
    }
}
