package dev.ismsdecider.records;

import dev.ismsdecider.evaluation.RuleSetRef;

/**
 * A reviewer's decision on a stored assessment, itself an entry of the chain.
 *
 * @param ruleSet           the rule set the server ran when the decision was recorded
 * @param assessmentRuleSet the rule set the assessment was made under
 * @param underOlderRuleSet the two differ: the reviewer approved advice the current rules might not give
 * @param note              says so in a sentence when {@code underOlderRuleSet}; null otherwise
 */
public record ApprovalRecord(String id, String assessmentId, ApprovalDecision decision, String comment, String recordedBy,
                             String recordedAt, RuleSetRef ruleSet, RuleSetRef assessmentRuleSet, boolean underOlderRuleSet,
                             String note, ChainLink chain) {
}
