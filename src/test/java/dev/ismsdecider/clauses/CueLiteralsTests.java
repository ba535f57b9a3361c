package dev.ismsdecider.clauses;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The literal words derived from a pattern: what every match starts with and what it contains. */
class CueLiteralsTests {

    private static CueLiterals of(String regex) {
        return CueLiterals.of(regex, Vocabulary.FLAGS);
    }

    @Test
    void anOptionalPrefixAddsItsOwnLeads() {
        CueLiterals literals = of("\\b(?:DIN\\s+EN\\s+)?ISO(?:\\s*/\\s*IEC)?[\\s-]*27001(?!\\d)(?:\\s*:\\s*(?:19|20)\\d{2})?");
        assertThat(literals.leads()).containsExactly("din", "iso");
        assertThat(literals.required()).contains(List.of("27001"));
    }

    @Test
    void literalsAreFoldedAsTheEngineComparesThem() {
        assertThat(of("\\bErklärung\\s+zur\\s+Anwendbarkeit\\b").leads()).containsExactly("erklärung");
        assertThat(of("\\bSTRASSE|\\bStraße").leads()).containsExactly("strasse", "straße");
        assertThat(of("(?-i)ISMS").leads()).containsExactly("isms");
    }

    @Test
    void alternativesAndOptionalEndingsJoin() {
        assertThat(of("\\b(?:Customer|Buyer)(?:'s)?\\s+holds\\b").leads()).containsExactly("buyer", "customer");
        assertThat(of("\\bManagementsystems?\\s+für").leads()).containsExactly("managementsystem");
        assertThat(of("\\bor\\s+(?:an?\\s+)?equivalent\\b").required()).containsExactly(List.of("equivalent"));
    }

    @Test
    void whatEveryAlternativeRequiresIsRequired() {
        CueLiterals literals = of("\\bISO[\\s-]*(?:9001|14001)|\\bIATF\\s*16949");
        assertThat(literals.leads()).containsExactly("iatf", "iso");
        assertThat(literals.required()).contains(List.of("14001", "16949", "9001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[A-Z]{2}\\s+Norm", "\\s*Norm", ".Norm", "(?:\\d+\\s+)?Norm|\\p{L}Norm"})
    void aMatchThatMayStartWithAnythingHasNoLeadsButStillRequirements(String regex) {
        CueLiterals literals = of(regex);
        assertThat(literals.leads()).isNull();
        assertThat(literals.required()).containsExactly(List.of("norm"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a?", "(?:ISO)?", "\\b", "(?:x|)", "(?=ISO)"})
    void aPatternThatMayMatchNothingHasNoLeads(String regex) {
        assertThat(of(regex).leads()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\QISO\\E", "(ISO)\\1", "(?x)I S O", "\\x49SO", "(?s)ISO", "\\b{g}ISO", "(?<x>I)\\k<x>SO", "\\tISO", "\\GISO"})
    void constructsItDoesNotReadGiveUpOnTheWholePattern(String regex) {
        Pattern.compile(regex, Vocabulary.FLAGS); // each compiles: giving up is the analysis's choice
        assertThat(of(regex)).isEqualTo(CueLiterals.NONE);
    }

    @Test
    void flagsBeyondCaseInsensitiveUnicodeGiveUp() {
        assertThat(CueLiterals.of("ISO", Vocabulary.FLAGS | Pattern.COMMENTS)).isEqualTo(CueLiterals.NONE);
        assertThat(CueLiterals.of("ISO", Vocabulary.FLAGS | Pattern.LITERAL)).isEqualTo(CueLiterals.NONE);
    }

    @Test
    void lookAroundsConsumeNothing() {
        CueLiterals literals = of("(?<!\\d)62443(?=-)");
        assertThat(literals.leads()).containsExactly("62443");
        assertThat(of("(?<=ISO )27001").leads()).containsExactly("27001");
    }

    @Test
    void everyPackagedEntryIsPrefiltered() {
        // Not needed for correct results (an entry without literals runs everywhere), but for the speed the benchmarks report.
        for (Vocabulary.Cue cue : ClauseFixtures.CHECKER.vocabulary().cues) {
            assertThat(cue.literals().leads()).as(cue.id()).isNotEmpty();
        }
    }
}
