package dev.ismsdecider.assessment;

import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.knowledge.Action;
import dev.ismsdecider.knowledge.Finding;
import dev.ismsdecider.knowledge.ManagementSystemGap;
import dev.ismsdecider.knowledge.OpenQuestion;
import dev.ismsdecider.knowledge.ScopeAllocation;
import dev.ismsdecider.knowledge.Verdict;

import java.util.List;

/**
 * The answer to "can we drop ISO 27001?" for one organisation (contract v1), with everything needed to
 * follow it: findings with evidence, actions, scope allocation, management-system gaps, open questions,
 * the rule trace and the rule set that produced it.
 */
public record Assessment(
        Verdict verdict,
        String answer,
        List<Finding> findings,
        List<Action> actions,
        List<ScopeAllocation> scopeAllocation,
        List<ManagementSystemGap> managementSystemGaps,
        List<OpenQuestion> openQuestions,
        List<ClauseFinding> clauseFindings,
        List<TraceStep> trace,
        RuleSetRef ruleSet) {
}
