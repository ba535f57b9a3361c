package dev.ismsdecider.mapping;

/**
 * How far the sources support a pair: {@code score = (1 - 0.5^n) * trust}, where {@code n} is the number of CSF
 * subcategories that link the two (each one independent evidence: 0.5, 0.75, 0.875, ...) and {@code trust} that of the
 * best 2013 to 2022 correspondence row the pair passes through ({@link Agreement}: 1.0, 0.8, 0.4). A doubt in a row is
 * the same doubt however many subcategories pass through it, so it scales the score once and never adds up: a pair
 * that rests on contested rows only stays below 0.4. Level: HIGH from 0.7, MEDIUM from 0.4, LOW below. A heuristic
 * for ranking and review, not a probability.
 */
public record Confidence(Level level, double score) {

    /** Coarse bands of the score, matching the OSCAL confidence categories high, medium, low. */
    public enum Level {
        HIGH, MEDIUM, LOW
    }

    static final double HIGH_FROM = 0.7;
    static final double MEDIUM_FROM = 0.4;

    /** The confidence of a pair supported by {@code subcategories} subcategories, its best row being {@code best}. */
    public static Confidence of(int subcategories, Agreement best) {
        // three decimals, rounded down (the epsilon absorbs binary noise) so that rounding never lifts a score to a level
        double score = Math.floor((1.0 - Math.pow(0.5, subcategories)) * best.trust() * 1000 + 1e-9) / 1000.0;
        Level level = score >= HIGH_FROM ? Level.HIGH : score >= MEDIUM_FROM ? Level.MEDIUM : Level.LOW;
        return new Confidence(level, score);
    }
}
