package dev.ismsdecider.mapping;

import java.util.Collection;

/**
 * How far the sources support a pair. Each CSF subcategory that links the two is one independent piece of
 * evidence, worth the {@link Agreement#weight() weight} of the best correspondence row it passes through;
 * {@code score = 1 - product(1 - weight)}, so one confirmed subcategory gives 0.5, two give 0.75. A heuristic
 * for ranking and review, not a probability. Level: HIGH from 0.7, MEDIUM from 0.4, LOW below.
 */
public record Confidence(Level level, double score) {

    /** Coarse bands of the score, matching the OSCAL confidence categories high, medium, low. */
    public enum Level {
        HIGH, MEDIUM, LOW
    }

    static final double HIGH_FROM = 0.7;
    static final double MEDIUM_FROM = 0.4;

    /** The confidence given by the best agreement of each supporting subcategory. */
    static Confidence of(Collection<Agreement> bestPerSubcategory) {
        double doubt = 1.0;
        for (Agreement agreement : bestPerSubcategory) {
            doubt *= 1.0 - agreement.weight();
        }
        double score = Math.round((1.0 - doubt) * 1000) / 1000.0;
        Level level = score >= HIGH_FROM ? Level.HIGH : score >= MEDIUM_FROM ? Level.MEDIUM : Level.LOW;
        return new Confidence(level, score);
    }
}
