package dev.ismsdecider.evaluation.kie;

import dev.ismsdecider.evaluation.FindingKind;
import dev.ismsdecider.evaluation.Verdict;
import dev.ismsdecider.evaluation.facts.Action;
import dev.ismsdecider.evaluation.facts.Caveat;
import dev.ismsdecider.evaluation.facts.Decision;
import dev.ismsdecider.evaluation.facts.Deliverable;
import dev.ismsdecider.evaluation.facts.Evidence;
import dev.ismsdecider.evaluation.facts.Finding;
import dev.ismsdecider.evaluation.facts.MissingFact;
import dev.ismsdecider.evaluation.facts.RuledOut;
import dev.ismsdecider.evaluation.facts.Traced;
import org.kie.api.runtime.rule.RuleContext;

import java.util.Arrays;
import java.util.List;

/**
 * How a rule's consequence states a conclusion ({@code Conclude.finding(kcontext, …)}): each conclusion is made
 * under the criterion of the firing rule's {@code @criterion} metadata, so that a rule cannot report under a criterion
 * it does not name. The conclusions themselves ({@code evaluation.facts}) know nothing of the rule engine.
 */
public final class Conclude {

    private Conclude() {
    }

    public static Finding finding(RuleContext rule, FindingKind kind, String title, String explanation, Evidence... evidence) {
        return finding(rule, kind, title, explanation, Arrays.asList(evidence));
    }

    public static Finding finding(RuleContext rule, FindingKind kind, String title, String explanation, List<Evidence> evidence) {
        return new Finding(RuleMetadata.criterionOf(rule), kind, title, explanation, evidence);
    }

    public static RuledOut ruledOut(RuleContext rule, String reason, Evidence... evidence) {
        return ruledOut(rule, reason, Arrays.asList(evidence));
    }

    public static RuledOut ruledOut(RuleContext rule, String reason, List<Evidence> evidence) {
        return new RuledOut(RuleMetadata.criterionOf(rule), reason, evidence);
    }

    public static MissingFact missingFact(RuleContext rule, String path, String question) {
        return new MissingFact(RuleMetadata.criterionOf(rule), path, question);
    }

    public static Action action(RuleContext rule, String action) {
        return new Action(RuleMetadata.criterionOf(rule), action);
    }

    public static Caveat caveat(RuleContext rule, String phrase, List<Evidence> evidence) {
        return Caveat.of(RuleMetadata.criterionOf(rule), phrase, evidence);
    }

    public static Decision decision(RuleContext rule, Verdict verdict, String answer, List<? extends Traced> basis) {
        return Decision.of(RuleMetadata.criterionOf(rule), verdict, answer, basis);
    }

    public static Deliverable deliverable(RuleContext rule, Deliverable.Kind kind) {
        return new Deliverable(RuleMetadata.criterionOf(rule), kind);
    }
}
