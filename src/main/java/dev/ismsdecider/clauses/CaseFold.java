package dev.ismsdecider.clauses;

/**
 * Case folding exactly as the vocabulary's patterns compare characters. With
 * {@code CASE_INSENSITIVE | UNICODE_CASE}, {@code java.util.regex} lets a text character {@code c} match a
 * literal pattern character {@code p} when {@code c == lower} or {@code toLowerCase(toUpperCase(c)) == lower},
 * where {@code lower = toLowerCase(toUpperCase(p))} (its {@code SliceU} and {@code SingleU} nodes; a
 * character without case matches only itself). {@link #fold(char)} is that function, one character for
 * one, so indices in a folded text are indices in the text.
 *
 * <p>The prefilter relies on one consequence: if the engine accepts {@code c} for {@code p}, and
 * {@code fold(fold(p)) == fold(p)}, then {@code fold(c) == fold(p)}. {@link CueLiterals} only uses pattern
 * characters for which that holds, so a folded literal is always found in the folded text where the
 * engine would match it. ß, the dotted and dotless i, the Kelvin and Ångström signs and the long s all
 * fold as the engine compares them because the function is the same. Surrogates are not folded at all
 * ({@link #NONE}): the engine compares supplementary characters by code point, so a text with any is
 * not prefiltered.
 */
final class CaseFold {

    /** What {@link #fold(char)} answers for a surrogate, or for a character whose fold lies outside the BMP. */
    static final int NONE = -1;

    private static final char[] LATIN_1 = new char[256];

    static {
        for (char c = 0; c < LATIN_1.length; c++) {
            LATIN_1[c] = (char) foldAny(c);
        }
    }

    private CaseFold() {
    }

    /** {@code toLowerCase(toUpperCase(c))}, or {@link #NONE}. */
    static int fold(char c) {
        return c < LATIN_1.length ? LATIN_1[c] : foldAny(c);
    }

    /** The text folded one character for one, or null if it has a character without fold. */
    static String fold(CharSequence text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            int f = fold(text.charAt(i));
            if (f == NONE) {
                return null;
            }
            folded[i] = (char) f;
        }
        return new String(folded);
    }

    private static int foldAny(char c) {
        if (Character.isSurrogate(c)) {
            return NONE;
        }
        int folded = Character.toLowerCase(Character.toUpperCase((int) c));
        return folded > Character.MAX_VALUE ? NONE : folded;
    }
}
