package dev.ismsdecider.rules;

import dev.ismsdecider.assessment.Assessment;
import dev.ismsdecider.knowledge.GapStatus;
import dev.ismsdecider.knowledge.ManagementSystemGap;
import dev.ismsdecider.gaps.ClauseGap;
import dev.ismsdecider.gaps.ClauseStatus;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static dev.ismsdecider.ProfileFixture.OT_ONLY;
import static dev.ismsdecider.TestEngine.evaluate;
import static dev.ismsdecider.TestEngine.findings;
import static dev.ismsdecider.TestEngine.fired;
import static dev.ismsdecider.knowledge.FindingKind.ACTION;
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
}
