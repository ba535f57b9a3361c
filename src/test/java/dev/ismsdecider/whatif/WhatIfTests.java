package dev.ismsdecider.whatif;

import dev.ismsdecider.report.WhatIfRendering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.JsonPatch;
import dev.ismsdecider.Examples;
import dev.ismsdecider.ProfileFixture;
import dev.ismsdecider.TestEngine;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.report.AssessmentReport;
import dev.ismsdecider.report.ReportFormat;
import dev.ismsdecider.evaluation.RuleSetSource;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.InvalidFactsException;
import dev.ismsdecider.evaluation.FindingKind;
import dev.ismsdecider.evaluation.OpenQuestion;
import dev.ismsdecider.evaluation.Verdict;
import dev.ismsdecider.whatif.WhatIfReport.Answer;
import dev.ismsdecider.whatif.WhatIfReport.ChangeSet;
import dev.ismsdecider.whatif.WhatIfReport.QuestionAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The what-if report keeps its promises on every example: each listed set, applied as one patch, gives its
 * verdict; no set can lose a change and keep it, nor contains a smaller listed set of the same verdict; and each
 * open question's answers give the verdicts stated. Expectations come from evaluating, never from today's rules.
 */
class WhatIfTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WhatIf WHAT_IF = new WhatIf(TestEngine.engine(), RuleSetSource.packaged());
    private static final Map<Path, WhatIfReport> REPORTS = new ConcurrentHashMap<>();

    static List<Path> examples() {
        return Examples.inputs();
    }

    private static JsonNode input(Path example) {
        return FactsReader.parse(Examples.bytes(example));
    }

    private static WhatIfReport report(Path example) {
        return REPORTS.computeIfAbsent(example, e -> WHAT_IF.analyse(input(e)));
    }

    /** The assessment of the input with the patch applied, through the user's path: strict reader, engine. */
    private static Assessment applied(JsonNode input, List<PatchOp> patch) {
        JsonNode patched = JsonPatch.apply(JSON.valueToTree(patch), input);
        return TestEngine.engine().evaluate(FactsReader.toProfile(patched));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyListedSetGivesItsVerdictAppliedAsOnePatch(Path example) {
        JsonNode input = input(example);
        WhatIfReport report = report(example);
        assertThat(report.verdict()).isEqualTo(TestEngine.engine().evaluate(FactsReader.toProfile(input)).verdict());

        for (ChangeSet set : report.alternatives()) {
            assertThat(set.verdict()).isNotEqualTo(report.verdict());
            assertThat(applied(input, set.patch()).verdict()).as("%s", set.changes()).isEqualTo(set.verdict());
            // the set's patch is its changes' operations put together, and nothing else but missing parents
            List<PatchOp> ops = set.changes().stream().flatMap(c -> c.ops().stream()).toList();
            assertThat(set.patch()).containsAll(ops);
            assertThat(set.patch().stream().filter(op -> !ops.contains(op)))
                    .allMatch(op -> op.op().equals("add") && op.value().isObject() && op.value().isEmpty());
        }
        for (Verdict unreached : report.unreached()) {
            assertThat(report.alternatives()).noneMatch(s -> s.verdict() == unreached);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyListedSetIsMinimal(Path example) {
        JsonNode input = input(example);
        WhatIfReport report = report(example);

        for (ChangeSet set : report.alternatives()) {
            for (ChangeSet other : report.alternatives()) {
                if (other != set && other.verdict() == set.verdict() && other.changes().size() < set.changes().size()) {
                    assertThat(set.changes().containsAll(other.changes())).as("%s contains the smaller %s", set.changes(), other.changes()).isFalse();
                }
            }
            for (int i = 0; set.changes().size() > 1 && i < set.changes().size(); i++) {
                List<Change> fewer = new ArrayList<>(set.changes());
                fewer.remove(i);
                Verdict without;
                try {
                    without = applied(input, Patches.compose(input, fewer)).verdict();
                } catch (InvalidFactsException e) {
                    continue; // without that change the facts contradict each other: it is needed
                }
                assertThat(without).as("%s without change %d", set.changes(), i).isNotEqualTo(set.verdict());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachOpenQuestionsAnswersGiveTheVerdictsStated(Path example) {
        JsonNode input = input(example);
        Assessment base = TestEngine.engine().evaluate(FactsReader.toProfile(input));
        WhatIfReport report = report(example);

        assertThat(report.openQuestions()).extracting(QuestionAnswers::path)
                .containsExactlyElementsOf(base.openQuestions().stream().map(OpenQuestion::path).toList());
        for (QuestionAnswers question : report.openQuestions()) {
            for (Answer answer : question.answers()) {
                assertThat(answer.change().path()).startsWith(question.path());
                Assessment answered = applied(input, answer.patch());
                assertThat(answered.verdict()).isEqualTo(answer.verdict());
                assertThat(answered.openQuestions()).noneMatch(q -> q.path().equals(question.path()) && q.criterion().equals(question.criterion()));
            }
        }
    }

    @Test
    void aVerdictHeldByFiveIndependentBlockersIsLeftOnlyByASetThatRemovesAllFive() {
        ProfileFixture clear = ProfileFixture.OT_ONLY;
        ProfileFixture blocked = clear
                .with("/externalExpectations/0", ProfileFixture.expectation("Big Customer", "CUSTOMER", "ISO_27001_CERTIFICATION"))
                .with("/scope/domains/1", "CORPORATE_IT")
                .with("/scope/systems/1", "ERP")
                .with("/certification", Map.of("iso27001Certified", true, "iso27001ForMarketAccess", true, "iso27001AsDifferentiator", false))
                .with("/governance/needsSingleAuditableSystem", true);
        Assessment before = TestEngine.evaluate(clear);
        Assessment after = TestEngine.evaluate(blocked);
        assumeThat(after.findings().stream().filter(f -> f.kind() == FindingKind.BLOCKER).map(f -> f.criterion()).distinct().count())
                .as("the five facts each add a blocker under the current rules").isGreaterThanOrEqualTo(4);
        assumeThat(after.verdict()).isNotEqualTo(before.verdict());

        WhatIfReport report = WHAT_IF.analyse(blocked.json());

        List<ChangeSet> back = report.alternatives().stream().filter(s -> s.verdict() == before.verdict()).toList();
        assertThat(back).as("a set giving %s again", before.verdict()).isNotEmpty();
        assertThat(back).allMatch(s -> s.changes().size() >= 5);
        assertThat(back.get(0).lever()).isEqualTo(Lever.ACTIONABLE);
    }

    @Test
    void actionableSetsComeFirstForEachVerdict() {
        for (Path example : examples()) {
            List<ChangeSet> sets = report(example).alternatives();
            for (int i = 1; i < sets.size(); i++) {
                ChangeSet previous = sets.get(i - 1);
                ChangeSet set = sets.get(i);
                if (previous.verdict() == set.verdict()) {
                    assertThat(previous.lever() == Lever.SITUATION && set.lever() == Lever.ACTIONABLE).as("%s at %d", example, i).isFalse();
                }
            }
        }
    }

    @Test
    void evaluatingTheSingleChangesOnEveryCoreGivesTheSameReport() {
        Path example = examples().get(examples().size() / 2);
        WhatIf parallel = new WhatIf(TestEngine.engine(), RuleSetSource.packaged(), true);

        assertThat(AssessmentReport.json(parallel.analyse(input(example)))).isEqualTo(AssessmentReport.json(report(example)));
    }

    @Test
    void anInvalidProfileIsRefusedAsEvaluatingItWould() {
        JsonNode contradictory = ProfileFixture.OT_ONLY.json().put("unknownFact", true);

        assertThatThrownBy(() -> WHAT_IF.analyse(contradictory)).isInstanceOf(InvalidFactsException.class);
    }

    @Test
    void theReportIsWrittenForPeopleAndPrograms() throws Exception {
        Path example = examples().get(0);
        WhatIfReport report = report(example);

        String text = WhatIfRendering.render(report, ReportFormat.TEXT);
        String markdown = WhatIfRendering.render(report, ReportFormat.MARKDOWN);
        JsonNode json = JSON.readTree(WhatIfRendering.render(report, ReportFormat.JSON));

        assertThat(text).contains("VERDICT NOW: " + report.verdict()).contains(report.evaluations() + " evaluations");
        assertThat(markdown).contains("**Verdict now: " + report.verdict() + "**");
        for (ChangeSet set : report.alternatives()) {
            assertThat(text).contains("To reach " + set.verdict());
            assertThat(markdown).contains("## To reach " + set.verdict());
        }
        assertThat(json.get("alternatives")).hasSize(report.alternatives().size());
        assertThat(json.get("alternatives").path(0).path("patch").path(0).has("op")).isEqualTo(!report.alternatives().isEmpty());
        assertThat(JSON.readTree(AssessmentReport.json(report))).isEqualTo(json);
    }
}
