package dev.ismsdecider.evaluation.facts;


import dev.ismsdecider.evaluation.Verdict;


import java.util.List;

/** Concluded: the verdict and the one-sentence answer, with the input paths it rests on. Exactly one per evaluation. */
public record Decision(String criterion, Verdict verdict, String answer, List<String> paths) implements Traced {

    public Decision {
        paths = List.copyOf(paths);
    }

    /** A decision resting on the given conclusions; its paths are theirs. */
    public static Decision of(String criterion, Verdict verdict, String answer, List<? extends Traced> basis) {
        return new Decision(criterion, verdict, answer, Explain.paths(basis));
    }

    @Override
    public String summary() {
        return "Verdict " + verdict;
    }
}
