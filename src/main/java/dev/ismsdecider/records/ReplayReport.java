package dev.ismsdecider.records;

import dev.ismsdecider.evaluation.RuleSetRef;

import java.util.List;

/**
 * Every stored input of a tenant evaluated again under one rule set, and what changed. Nothing stored changes.
 *
 * @param ruleSet  the rule set of the replay
 * @param replayed how many stored assessments were evaluated again
 * @param changes  one per assessment whose result is no longer the same, in the order they were stored
 */
public record ReplayReport(String tenant, RuleSetRef ruleSet, int replayed, List<ReplayedChange> changes) {

    /**
     * How one stored assessment comes out now. Blockers are criterion IDs, open questions the JSON pointers they ask
     * about; each list is sorted. A change can also lie elsewhere in the assessment (explanations, actions, the trace)
     * with all four lists empty and the verdict the same.
     */
    public record ReplayedChange(String id, String recordedAt, String organization, RuleSetRef oldRuleSet, String oldVerdict,
                         String newVerdict, List<String> blockersAdded, List<String> blockersRemoved,
                         List<String> openQuestionsAdded, List<String> openQuestionsRemoved) {
    }
}
