package dev.ismsdecider.evaluation.facts;


import dev.ismsdecider.evaluation.FindingKind;


import java.util.Arrays;
import java.util.List;

/**
 * A criterion that applies to this organisation, with the plain-language reason and the facts it rests
 * on. Rules create findings through {@code Conclude.finding(kcontext, …)}, which takes the criterion ID from the
 * firing rule's {@code @criterion} metadata so that a rule cannot report under a criterion it does not name.
 */
public record Finding(String criterion, FindingKind kind, String title, String explanation, List<Evidence> evidence)
        implements Traced {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    @Override
    public List<String> paths() {
        return Traced.pathsOf(evidence);
    }

    @Override
    public String summary() {
        return kind.label() + " " + criterion + ": " + title;
    }
}
