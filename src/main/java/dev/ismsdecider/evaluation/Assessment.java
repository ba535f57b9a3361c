package dev.ismsdecider.evaluation;

import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.evaluation.Verdict;
import dev.ismsdecider.gaps.ClauseGap;
import dev.ismsdecider.mapping.ControlSetEntry;

import java.util.List;

/**
 * The answer to "can we drop ISO 27001?" for one organisation (contract v1), with everything needed to
 * follow it: findings with evidence, actions, scope allocation, management-system gaps, open questions,
 * the rule trace and the rule set that produced it.
 * <p>
 * Additions to v1: {@code ismsClauseGaps} (every ISO 27001 clause from 4.1 to 10.2, when PA-3 applies),
 * {@code otControlSet} and {@code annexAStayingWithIsms} (when a control mapping is required, EV-2); each is
 * empty when its criterion does not apply.
 */
public record Assessment(
        Verdict verdict,
        String answer,
        List<Finding> findings,
        List<Action> actions,
        List<ScopeAllocation> scopeAllocation,
        List<ManagementSystemGap> managementSystemGaps,
        List<ClauseGap> ismsClauseGaps,
        List<ControlSetEntry> otControlSet,
        List<String> annexAStayingWithIsms,
        List<OpenQuestion> openQuestions,
        List<ClauseFinding> clauseFindings,
        List<TraceStep> trace,
        RuleSetRef ruleSet) {
}
