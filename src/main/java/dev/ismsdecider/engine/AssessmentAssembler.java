package dev.ismsdecider.engine;

import dev.ismsdecider.assessment.Assessment;
import dev.ismsdecider.assessment.RuleSetRef;
import dev.ismsdecider.assessment.TraceStep;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.knowledge.Action;
import dev.ismsdecider.knowledge.Criterion;
import dev.ismsdecider.facts.OrganizationProfile;
import dev.ismsdecider.knowledge.Decision;
import dev.ismsdecider.knowledge.Deliverable;
import dev.ismsdecider.knowledge.Finding;
import dev.ismsdecider.knowledge.ManagementSystemGap;
import dev.ismsdecider.knowledge.OpenQuestion;
import dev.ismsdecider.knowledge.ScopeAllocation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the assessment from the conclusions still standing after the rules have run. It orders, and
 * checks that the rule set reached exactly one verdict; it decides nothing. Findings come in the order a
 * decision-maker reads them: blockers, conclusions, considerations, complements, actions.
 */
final class AssessmentAssembler {

    private AssessmentAssembler() {
    }

    static Assessment assemble(List<TraceRecorder.Conclusion> standing, List<ClauseFinding> clauseFindings, List<TraceStep> trace,
                               RuleSetRef ruleSet, Deliverables deliverables, OrganizationProfile profile) {
        List<Decision> decisions = ofType(standing, Decision.class);
        if (decisions.size() != 1) {
            throw new IllegalStateException("the rule set reached " + decisions.size() + " verdicts instead of one: " + decisions);
        }
        Decision decision = decisions.get(0);
        Set<Deliverable.Kind> requested = ofType(standing, Deliverable.class).stream()
                .map(Deliverable::kind).collect(Collectors.toSet());
        boolean controlSet = requested.contains(Deliverable.Kind.OT_CONTROL_SET);
        return new Assessment(
                decision.verdict(),
                decision.answer(),
                ofType(standing, Finding.class, Comparator.comparing(Finding::kind).thenComparing(byCriterion(Finding::criterion))),
                ofType(standing, Action.class, byCriterion(Action::criterion)).stream().distinct().toList(),
                ofType(standing, ScopeAllocation.class, Comparator.comparing((ScopeAllocation s) -> s.domain() == null)
                        .thenComparing(ScopeAllocation::path, AssessmentAssembler::byIndex)),
                ofType(standing, ManagementSystemGap.class, Comparator.comparingInt(AssessmentAssembler::elementOrder)),
                requested.contains(Deliverable.Kind.ISMS_CLAUSE_GAPS) ? deliverables.clauseGaps(profile) : List.of(),
                controlSet ? deliverables.otControlSet() : List.of(),
                controlSet ? deliverables.annexAStayingWithIsms() : List.of(),
                ofType(standing, OpenQuestion.class, byCriterion(OpenQuestion::criterion).thenComparing(OpenQuestion::path)),
                clauseFindings,
                trace,
                ruleSet);
    }

    /** Facts of one type in a stable order: the given one, then the order they were concluded. */
    /** Facts of one type in the order they were concluded. */
    private static <T> List<T> ofType(List<TraceRecorder.Conclusion> standing, Class<T> type) {
        return standing.stream().map(TraceRecorder.Conclusion::fact).filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> List<T> ofType(List<TraceRecorder.Conclusion> standing, Class<T> type, Comparator<T> order) {
        return standing.stream()
                .filter(c -> type.isInstance(c.fact()))
                .sorted(Comparator.comparing((TraceRecorder.Conclusion c) -> type.cast(c.fact()), order)
                        .thenComparingInt(TraceRecorder.Conclusion::step))
                .map(c -> type.cast(c.fact()))
                .toList();
    }

    private static <T> Comparator<T> byCriterion(Function<T, String> criterion) {
        return Comparator.comparingInt(t -> Criterion.byId(criterion.apply(t)).map(Enum::ordinal).orElse(Integer.MAX_VALUE));
    }

    private static int byIndex(String a, String b) {
        return Integer.compare(lastIndex(a), lastIndex(b));
    }

    private static int lastIndex(String path) {
        return Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
    }

    private static int elementOrder(ManagementSystemGap gap) {
        return IsmsElements.ORDER.indexOf(gap.element());
    }
}
