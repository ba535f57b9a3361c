package dev.ismsdecider.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.kie.api.runtime.rule.RuleContext;

import java.util.Arrays;
import java.util.List;

/**
 * A criterion that applies to this organisation, with the plain-language reason and the facts it rests
 * on. Rules create findings through {@code Finding.of(kcontext, …)}, which takes the criterion ID from the
 * firing rule's {@code @criterion} metadata so that a rule cannot report under a criterion it does not name.
 */
public record Finding(String criterion, FindingKind kind, String title, String explanation, List<Evidence> evidence)
        implements Traced {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    /** A finding under the firing rule's criterion, resting on the given evidence. */
    public static Finding of(RuleContext rule, FindingKind kind, String title, String explanation, Evidence... evidence) {
        return of(rule, kind, title, explanation, Arrays.asList(evidence));
    }

    /** A finding under the firing rule's criterion, resting on the given evidence. */
    public static Finding of(RuleContext rule, FindingKind kind, String title, String explanation, List<Evidence> evidence) {
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
        return kind.label() + " " + criterion + ": " + title;
    }
}
