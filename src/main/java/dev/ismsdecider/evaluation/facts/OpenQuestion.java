package dev.ismsdecider.evaluation.facts;


import java.util.List;

/** A question the organisation must answer before the assessment is complete. */
public record OpenQuestion(String path, String criterion, String question, boolean couldChangeVerdict) implements Traced {

    public static OpenQuestion of(MissingFact missing, boolean couldChangeVerdict) {
        return new OpenQuestion(missing.path(), missing.criterion(), missing.question(), couldChangeVerdict);
    }

    @Override
    public List<String> paths() {
        return List.of(path);
    }

    @Override
    public String summary() {
        return "Open question on " + path + (couldChangeVerdict ? " (could change the verdict)" : "");
    }
}
