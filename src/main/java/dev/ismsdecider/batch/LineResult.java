package dev.ismsdecider.batch;

import dev.ismsdecider.evaluation.Assessment;

/**
 * The answer to one input line: its number, the site it names (when it names one), the NDJSON output line
 * (without its newline), and the assessment, or {@code null} when the line was not assessed.
 */
public record LineResult(long line, String site, String json, Assessment assessment) {

    public boolean assessed() {
        return assessment != null;
    }
}
