package dev.ismsdecider.rules;

import dev.ismsdecider.ProfileFixture;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.OpenQuestion;
import dev.ismsdecider.evaluation.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.ismsdecider.ProfileFixture.OT_NOT_STATED;
import static dev.ismsdecider.ProfileFixture.OT_ONLY;
import static dev.ismsdecider.TestEngine.evaluate;
import static dev.ismsdecider.TestEngine.findings;
import static dev.ismsdecider.TestEngine.fired;
import static dev.ismsdecider.evaluation.FindingKind.CONCLUSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** One test per rule of {@code rules/verdict.drl}, named after it: exactly one verdict, and its answer. */
class VerdictRulesTests {


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
        Assessment a = evaluate(OT_ONLY.without("/ot").without("/organization/iec62443Roles")
                .with("/scope/domains", List.of()).with("/scope/systems", List.of()));

        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(fired(a)).contains("UndeterminedWhileOtFootprintUnknown");
        assertThat(a.answer()).contains("not known whether you operate OT");
    }

    @Test
    void keepIso27001WithoutOtFootprint() {
        Assessment a = evaluate(ProfileFixture.NO_OT);

        assertThat(a.verdict()).isEqualTo(Verdict.KEEP_ISO_27001);
        assertThat(fired(a)).containsOnlyOnce("KeepIso27001WithoutOtFootprint");
        assertThat(a.answer()).startsWith("No: without an OT/IACS footprint");
    }

    /** Issue 11, defect 7: an IT/OT boundary in an OT-only scope does not block reliance, but the answer must say it. */
    @Test
    void relianceAnswerNamesCaveat() {
        Assessment boundary = evaluate(OT_ONLY.with("/scope/domains", List.of("PLANT_OT", "IT_OT_BOUNDARY")));
        Assessment links = evaluate(OT_ONLY.with("/ot/itOtInterfaces", List.of(Map.of("from", "MES", "to", "PLC"))));

        assertThat(boundary.verdict()).isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
        assertThat(boundary.answer()).endsWith("but mind that the IT/OT boundary still needs ISO 27001-type governance beside "
                + "IEC 62443 zones and conduits (BF-3).");
        assertThat(findings(boundary, "BF-3")).isNotEmpty();
        assertThat(links.answer()).contains("the IT/OT interfaces still need ISO 27001-type governance beside IEC 62443 conduits (BF-3)");
        assertThat(evaluate(OT_ONLY).answer()).doesNotContain("mind that");
    }

    /** Issue 11, defect 4: an empty list of domains is not a narrow OT scope. */
    @Test
    void emptyScopeIsNoNarrowOtScope() {
        Assessment a = evaluate(OT_ONLY.with("/scope/domains", List.of()).with("/scope/systems", List.of()));

        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(a.openQuestions()).extracting(OpenQuestion::path, OpenQuestion::couldChangeVerdict)
                .containsExactly(tuple("/scope/domains", true));
    }
}
