package dev.ismsdecider.clauses;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fold the prefilter uses agrees with the regular expression engine: whatever character the engine
 * accepts for a literal pattern character folds to that pattern character's fold. Checked against the
 * running JDK's own engine, for every character of the BMP, not against a copy of its rules.
 */
class CaseFoldTests {

    /** Characters that fold in surprising ways: sharp s, dotted and dotless i, Kelvin and Ångström signs, long s, micro sign, sigma. */
    private static final String SPECIAL = "ßẞİıiIKk\u212AsSſÅå\u212BµΜμΣσςäÄöÖüÜ";

    @Test
    void whateverTheEngineAcceptsForALiteralFoldsLikeIt() {
        Set<Character> literals = new TreeSet<>();
        for (Vocabulary.Cue cue : ClauseFixtures.CHECKER.vocabulary().cues) {
            for (char c : cue.pattern().pattern().toCharArray()) {
                if (Character.isLetterOrDigit(c)) {
                    literals.add(c);
                }
            }
        }
        for (char c : SPECIAL.toCharArray()) {
            literals.add(c);
        }
        for (char p : literals) {
            int folded = CaseFold.fold(p);
            // One character alone compiles to the engine's single-character node, two to its slice node.
            Matcher single = Pattern.compile(String.valueOf(p), Vocabulary.FLAGS).matcher("");
            Matcher slice = Pattern.compile("" + p + p, Vocabulary.FLAGS).matcher("");
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                char t = (char) c;
                if (Character.isSurrogate(t)) {
                    continue;
                }
                // The two nodes need not agree (a single ß accepts only ß, a slice of ß also ẞ); each must fold alike.
                if (single.reset(String.valueOf(t)).matches() || slice.reset("" + t + t).matches()) {
                    assertThat(CaseFold.fold(t)).as("U+%04X accepted for %s", c, p).isEqualTo(folded);
                }
            }
        }
    }

    @Test
    void foldingKeepsEveryIndex() {
        String text = "İSO/IEC 27001 – Straße, \u212Aelvin, ſecurity";
        String folded = CaseFold.fold(text);
        assertThat(folded).hasSameSizeAs(text).isEqualTo("iso/iec 27001 – straße, kelvin, security");
    }

    @Test
    void aTextWithSurrogatesIsNotFolded() {
        assertThat(CaseFold.fold("ISO 27001 \uD83D\uDCC4")).isNull();
        assertThat(CaseFold.fold('\uD83D')).isEqualTo(CaseFold.NONE);
    }
}
