package dev.ismsdecider.evaluation;

/** A compile error in the rule set: file, line (0 when the compiler gives none) and message. */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
