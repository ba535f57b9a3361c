package dev.ismsdecider.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.kie.api.runtime.rule.RuleContext;

import java.util.Arrays;
import java.util.List;

/**
 * A criterion that applies to this organisation, with the plain-language reason and the facts it rests
 * on. Rules create findings through the factories, which take the criterion ID from the firing rule's
 * {@code @criterion} metadata so that a rule cannot report under a criterion it does not name.
 */
public record Finding(String criterion, FindingKind kind, String title, String explanation, List<Evidence> evidence)
        implements Traced {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    public static Finding blocker(RuleContext rule, String title, String explanation, Evidence... evidence) {
        return of(rule, FindingKind.BLOCKER, title, explanation, Arrays.asList(evidence));
    }

    public static Finding blocker(RuleContext rule, String title, String explanation, List<Evidence> evidence) {
        return of(rule, FindingKind.BLOCKER, title, explanation, evidence);
    }

    public static Finding complement(RuleContext rule, String title, String explanation, Evidence... evidence) {
        return of(rule, FindingKind.COMPLEMENT, title, explanation, Arrays.asList(evidence));
    }

    public static Finding complement(RuleContext rule, String title, String explanation, List<Evidence> evidence) {
        return of(rule, FindingKind.COMPLEMENT, title, explanation, evidence);
    }

    public static Finding consideration(RuleContext rule, String title, String explanation, Evidence... evidence) {
        return of(rule, FindingKind.CONSIDERATION, title, explanation, Arrays.asList(evidence));
    }

    public static Finding consideration(RuleContext rule, String title, String explanation, List<Evidence> evidence) {
        return of(rule, FindingKind.CONSIDERATION, title, explanation, evidence);
    }

    public static Finding action(RuleContext rule, String title, String explanation, Evidence... evidence) {
        return of(rule, FindingKind.ACTION, title, explanation, Arrays.asList(evidence));
    }

    public static Finding action(RuleContext rule, String title, String explanation, List<Evidence> evidence) {
        return of(rule, FindingKind.ACTION, title, explanation, evidence);
    }

    public static Finding conclusion(RuleContext rule, String title, String explanation, Evidence... evidence) {
        return of(rule, FindingKind.CONCLUSION, title, explanation, Arrays.asList(evidence));
    }

    public static Finding conclusion(RuleContext rule, String title, String explanation, List<Evidence> evidence) {
        return of(rule, FindingKind.CONCLUSION, title, explanation, evidence);
    }

    private static Finding of(RuleContext rule, FindingKind kind, String title, String explanation, List<Evidence> evidence) {
        return new Finding(RuleMetadata.criterionOf(rule), kind, title, explanation, evidence);
    }

    @Override
    @JsonIgnore
    public List<String> paths() {
        return Traced.pathsOf(evidence);
    }

    @Override
    @JsonIgnore
    public String summary() {
        return kind.name().charAt(0) + kind.name().substring(1).toLowerCase() + " " + criterion + ": " + title;
    }
}
