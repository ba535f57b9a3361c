package dev.ismsdecider.evaluation.facts;



import java.util.Arrays;
import java.util.List;

/**
 * Derived: an NR criterion is known not to hold, with the reason and the facts that show it. Only when
 * all four are ruled out may the organisation consider relying primarily on IEC 62443.
 */
public record RuledOut(String criterion, String reason, List<Evidence> evidence) implements Traced {

    public RuledOut {
        evidence = List.copyOf(evidence);
    }

    /** Everything the given criteria were ruled out on. */
    public static List<Evidence> evidenceOf(List<RuledOut> ruledOut) {
        return ruledOut.stream().flatMap(r -> r.evidence().stream()).toList();
    }

    @Override
    public List<String> paths() {
        return Traced.pathsOf(evidence);
    }

    @Override
    public String summary() {
        return criterion + " ruled out";
    }
}
