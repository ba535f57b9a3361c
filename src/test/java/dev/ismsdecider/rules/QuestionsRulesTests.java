package dev.ismsdecider.rules;

import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.OpenQuestion;
import dev.ismsdecider.evaluation.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ismsdecider.ProfileFixture.OT_NOT_STATED;
import static dev.ismsdecider.ProfileFixture.OT_ONLY;
import static dev.ismsdecider.TestEngine.evaluate;
import static dev.ismsdecider.TestEngine.fired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** One test per rule of {@code rules/questions.drl}, named after it: whether an open question could change the verdict. */
class QuestionsRulesTests {


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
    void adviceQuestionLeavesVerdictStanding() {
        Assessment undetermined = evaluate(OT_ONLY.with("/ot/brownfield", true).without("/ot/oldestAssetAgeYears")
                .without("/governance/needsSingleAuditableSystem"));

        assertThat(undetermined.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(fired(undetermined)).contains("AdviceQuestionLeavesVerdictStanding");
        assertThat(undetermined.openQuestions()).extracting(OpenQuestion::path, OpenQuestion::couldChangeVerdict).containsExactly(
                tuple("/governance/needsSingleAuditableSystem", true), tuple("/ot/oldestAssetAgeYears", false));
    }
}
