package dev.ismsdecider.evaluation.facts;



import java.util.List;

/**
 * Derived: a limit of relying on IEC 62443 that does not block it but that the answer must say, such as an
 * IT/OT boundary in an otherwise OT-only scope (BF-3). {@code phrase} completes "... but mind that ..."; a relying
 * answer names it through an {@link AnswerCaveat}.
 */
public record Caveat(String criterion, String phrase, List<String> paths) implements Traced {

    public Caveat {
        paths = List.copyOf(paths);
    }

    public static Caveat of(String criterion, String phrase, List<Evidence> evidence) {
        return new Caveat(criterion, phrase, Traced.pathsOf(evidence));
    }

    @Override
    public String summary() {
        return "Caveat " + criterion;
    }
}
