package dev.ismsdecider.evaluation.kie;

import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.RuleSetRef;
import dev.ismsdecider.evaluation.TraceStep;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.evaluation.facts.Action;
import dev.ismsdecider.evaluation.Criterion;
import dev.ismsdecider.evaluation.facts.AnswerCaveat;
import dev.ismsdecider.evaluation.facts.Decision;
import dev.ismsdecider.gaps.ManagementSystemElement;
import dev.ismsdecider.evaluation.facts.Deliverable;
import dev.ismsdecider.evaluation.facts.Evidence;
import dev.ismsdecider.evaluation.facts.Finding;
import dev.ismsdecider.evaluation.facts.IsmsClauseGap;
import dev.ismsdecider.evaluation.facts.ManagementSystemGap;
import dev.ismsdecider.evaluation.facts.OpenQuestion;
import dev.ismsdecider.evaluation.facts.ScopeAllocation;
import dev.ismsdecider.gaps.ClauseGap;
import dev.ismsdecider.gaps.IsmsGapAnalysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the assessment from the conclusions still standing after the rules have run. It orders, and
 * checks that the rule set reached exactly one verdict; it decides nothing. Findings come in the order a
 * decision-maker reads them: blockers, conclusions, considerations, complements, actions.
 */
public final class AssessmentAssembler {

    private AssessmentAssembler() {
    }

    private static final Comparator<Finding> FINDINGS = Comparator.comparing(Finding::kind).thenComparing(Criterion.inCatalogOrder(Finding::criterion));
    private static final Comparator<Action> ACTIONS = Criterion.inCatalogOrder(Action::criterion);
    private static final Comparator<ScopeAllocation> ALLOCATIONS = Comparator.comparing((ScopeAllocation s) -> s.domain() == null)
            .thenComparing(ScopeAllocation::path, AssessmentAssembler::byIndex);
    private static final Comparator<ManagementSystemGap> GAPS = Comparator.comparing(ManagementSystemGap::kind);
    private static final Comparator<ClauseGap> CLAUSES = IsmsGapAnalysis.packaged().inClauseOrder();
    private static final Comparator<OpenQuestion> QUESTIONS = Criterion.inCatalogOrder(OpenQuestion::criterion).thenComparing(OpenQuestion::path);

    public static Assessment assemble(List<TraceRecorder.Conclusion> standing, List<ClauseFinding> clauseFindings, List<TraceStep> trace,
                               RuleSetRef ruleSet, Deliverables deliverables) {
        Conclusions conclusions = new Conclusions(standing);
        List<Decision> decisions = conclusions.of(Decision.class);
        if (decisions.size() != 1) {
            throw new IllegalStateException("the rule set reached " + decisions.size() + " verdicts instead of one: " + decisions);
        }
        Decision decision = decisions.get(0);
        Set<Deliverable.Kind> requested = EnumSet.noneOf(Deliverable.Kind.class);
        conclusions.of(Deliverable.class).forEach(d -> requested.add(d.kind()));
        boolean controlSet = requested.contains(Deliverable.Kind.OT_CONTROL_SET);
        return new Assessment(
                decision.verdict(),
                AnswerCaveat.appendTo(decision.answer(), conclusions.of(AnswerCaveat.class)),
                conclusions.of(Finding.class, FINDINGS).stream().map(Wire::finding).toList(),
                conclusions.of(Action.class, ACTIONS).stream().map(Wire::action).distinct().toList(),
                conclusions.of(ScopeAllocation.class, ALLOCATIONS).stream().map(Wire::allocation).toList(),
                // contract v1 lists the gaps of its five elements; the clause rules used those of all fifteen
                conclusions.of(ManagementSystemGap.class, GAPS).stream().filter(g -> g.kind().inContractV1()).map(Wire::gap).toList(),
                conclusions.of(IsmsClauseGap.class).stream().map(IsmsClauseGap::gap).sorted(CLAUSES).toList(),
                controlSet ? deliverables.otControlSet() : List.of(),
                controlSet ? deliverables.annexAStayingWithIsms() : List.of(),
                conclusions.of(OpenQuestion.class, QUESTIONS).stream().map(Wire::question).toList(),
                clauseFindings,
                trace,
                ruleSet);
    }

    /** The wire contract's records built from the rule facts: the rules' own bookkeeping (the input paths) stays behind. */
    private static final class Wire {

        static dev.ismsdecider.evaluation.Finding finding(Finding f) {
            return new dev.ismsdecider.evaluation.Finding(f.criterion(), f.kind(), f.title(), f.explanation(),
                    f.evidence().stream().map(Wire::evidence).toList());
        }

        static dev.ismsdecider.evaluation.Evidence evidence(Evidence e) {
            return new dev.ismsdecider.evaluation.Evidence(e.path(), e.value(), e.span());
        }

        static dev.ismsdecider.evaluation.Action action(Action a) {
            return new dev.ismsdecider.evaluation.Action(a.criterion(), a.action());
        }

        static dev.ismsdecider.evaluation.ScopeAllocation allocation(ScopeAllocation s) {
            return new dev.ismsdecider.evaluation.ScopeAllocation(s.domain(), s.itOtInterface(), s.governedBy(), s.iec62443Parts(),
                    s.criteria(), s.reason());
        }

        static dev.ismsdecider.evaluation.ManagementSystemGap gap(ManagementSystemGap g) {
            return new dev.ismsdecider.evaluation.ManagementSystemGap(g.element(), g.iso27001Clause(), g.status());
        }

        static dev.ismsdecider.evaluation.OpenQuestion question(OpenQuestion q) {
            return new dev.ismsdecider.evaluation.OpenQuestion(q.path(), q.criterion(), q.question(), q.couldChangeVerdict());
        }
    }

    /**
     * The standing conclusions sorted by type in one pass, each type in the order its facts were concluded. Every
     * conclusion is a record, so its class is its type.
     */
    private static final class Conclusions {
        private final Map<Class<?>, List<Object>> byType = new HashMap<>();

        Conclusions(List<TraceRecorder.Conclusion> standing) {
            for (TraceRecorder.Conclusion conclusion : standing) {
                byType.computeIfAbsent(conclusion.fact().getClass(), type -> new ArrayList<>()).add(conclusion.fact());
            }
        }

        /** Facts of one type in the order they were concluded. */
        <T> List<T> of(Class<T> type) {
            return byType.getOrDefault(type, List.of()).stream().map(type::cast).toList();
        }

        /** Facts of one type in the given order, and in the order they were concluded where that order ties (a sorted ordered stream is stable). */
        <T> List<T> of(Class<T> type, Comparator<T> order) {
            return of(type).stream().sorted(order).toList();
        }
    }

    private static int byIndex(String a, String b) {
        return Integer.compare(lastIndex(a), lastIndex(b));
    }

    private static int lastIndex(String path) {
        return Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
    }
}
