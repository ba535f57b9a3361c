package dev.ismsdecider.whatif;

import dev.ismsdecider.evaluation.RuleSetRef;
import dev.ismsdecider.evaluation.Verdict;

import java.util.List;

/**
 * What would change the verdict of one organisation profile, found by evaluating the rules on changed facts.
 *
 * @param verdict        the verdict of the profile as it is
 * @param organization   the organisation's name, when given
 * @param alternatives   for each other verdict that can be reached, the smallest sets of changes found that
 *                       reach it (each applied as one patch gives that verdict), the actionable ones first
 * @param unreached      the verdicts no set of changes reached within the search bounds (docs/what-if.md)
 * @param openQuestions  for each open question, the verdict each possible answer gives
 * @param singleChanges  every single change that alters the verdict, a finding or an open question, with what it alters
 * @param evaluations    how many times the rules were evaluated for this report
 * @param changesTried   how many single changes were tried
 * @param changesInvalid how many of them gave facts that contradict each other even with the contradicting facts made unknown
 * @param ruleSet        the rule set that gave every verdict here
 */
public record WhatIfReport(Verdict verdict, String organization, List<ChangeSet> alternatives, List<Verdict> unreached,
                           List<QuestionAnswers> openQuestions, List<ChangeEffect> singleChanges, int evaluations,
                           int changesTried, int changesInvalid, RuleSetRef ruleSet) {

    /**
     * A set of changes that, applied as one patch, gives {@code verdict}.
     *
     * @param lever           ACTIONABLE when the organisation can bring about every change of the set
     * @param changes         the changes, each with its operations (path, old and new value)
     * @param patch           the RFC 6902 patch of the whole set on the input, in the order it applies
     * @param criteriaFlipped the criteria whose state differs from that of the input
     * @param findingsRemoved findings of the input's assessment that are gone
     * @param findingsAdded   findings that are new
     */
    public record ChangeSet(Verdict verdict, Lever lever, List<Change> changes, List<PatchOp> patch,
                            List<CriterionFlip> criteriaFlipped, List<String> findingsRemoved, List<String> findingsAdded) {
    }

    /** A criterion's state before and after: BLOCKER (it holds), OPEN (a question on it is open) or CLEAR. */
    public record CriterionFlip(String criterion, String from, String to) {
    }

    /** One open question of the input and what each of its answers gives. */
    public record QuestionAnswers(String path, String criterion, String question, List<Answer> answers) {
    }

    /** One answer to an open question: the change that gives it and the verdict then. */
    public record Answer(Change change, List<PatchOp> patch, Verdict verdict) {
    }

    /** What one change on its own does. */
    public record ChangeEffect(Change change, Verdict verdict, List<String> findingsAdded, List<String> findingsRemoved,
                               List<String> questionsAdded, List<String> questionsRemoved) {
    }
}
