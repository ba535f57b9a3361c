package dev.ismsdecider.clauses;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.profile.ExpectationKind;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.PartyKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the classifier against the labelled clauses in {@code src/test/resources/clauses/}: precision
 * and recall per kind and for NR-1 triggering (which must both reach 0.95), and how many clauses are read
 * exactly as labelled (every finding with its flags, part and level). {@code corpus.json} was labelled
 * before the classifier was written and used while writing it; {@code corpus-holdout.json} was written
 * afterwards and never used for tuning, so its figures are the honest estimate.
 */
class ClauseCorpusTests {

    /** The bar the issue sets for NR-1 triggering, for precision and recall alike. */
    static final double NR1_BAR = 0.95;

    record Expected(ExpectationKind kind, boolean negated, boolean acceptsIec62443, String part, String level) {
    }

    record Labelled(String id, String party, PartyKind partyKind, String lang, String trap, String text, boolean nr1,
                    List<Expected> expected) {
    }

    record Corpus(String description, List<Labelled> clauses) {
    }

    /** Counts of one measure: true positives, false positives, false negatives. */
    static final class Score {
        int tp;
        int fp;
        int fn;

        void count(boolean expected, boolean actual) {
            if (expected && actual) {
                tp++;
            } else if (actual) {
                fp++;
            } else if (expected) {
                fn++;
            }
        }

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    static List<Labelled> corpus;
    static List<Labelled> holdout;

    @BeforeAll
    static void load() throws Exception {
        corpus = load("clauses/corpus.json");
        holdout = load("clauses/corpus-holdout.json");
    }

    private static List<Labelled> load(String name) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper.readValue(ClauseFixtures.resource(name), Corpus.class).clauses();
    }

    static List<ClauseFinding> read(Labelled c) {
        ClauseChecker.Result result = ClauseFixtures.CHECKER.read(new ContractClause(c.id(), c.party(), c.partyKind(), c.text()));
        assertThat(result.readable()).as(c.id()).isTrue();
        return result.findings();
    }

    static Set<Expected> actual(List<ClauseFinding> findings) {
        return findings.stream()
                .map(f -> new Expected(f.kind(), f.negated(), f.acceptsIec62443(), f.iec62443Part(), f.securityLevel()))
                .collect(Collectors.toSet());
    }

    @Test
    void corpusIsLargeAndVaried() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
        assertThat(corpus.stream().map(Labelled::id).distinct()).hasSize(corpus.size());
        assertThat(corpus.stream().map(Labelled::lang).collect(Collectors.toSet())).containsExactlyInAnyOrder("en", "de");
        assertThat(corpus.stream().map(Labelled::partyKind).collect(Collectors.toSet()))
                .contains(PartyKind.CUSTOMER, PartyKind.PRIME, PartyKind.REGULATOR, PartyKind.INSURER);
        assertThat(corpus.stream().filter(Labelled::nr1)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(corpus.stream().filter(c -> !c.nr1())).hasSizeGreaterThanOrEqualTo(20);
    }

    /** BINDING is precise; a binding clause is read BINDING or, at worst, UNCLEAR (an open question), never NOT_BINDING. */
    @Test
    void nr1TriggeringReachesPrecisionAndRecallBar() {
        Measures m = measure("Clause corpus", corpus);
        assertThat(m.nr1().precision()).as("BINDING precision").isGreaterThanOrEqualTo(NR1_BAR);
        assertThat(m.flagged().recall()).as("BINDING-or-UNCLEAR recall").isEqualTo(1.0);
        assertThat(m.unclearRate()).as("UNCLEAR rate").isLessThanOrEqualTo(0.10);
    }

    /** Never tuned against: only the safe direction is held to the bar, a binding clause must not be missed. */
    @Test
    void heldOutClausesMissNoBindingClause() {
        Measures m = measure("Held-out clauses", holdout);
        assertThat(m.flagged().recall()).as("BINDING-or-UNCLEAR recall on held-out clauses").isEqualTo(1.0);
    }

    /** BINDING against the label; BINDING or UNCLEAR against the label; the share of clauses read UNCLEAR. */
    record Measures(Score nr1, Score flagged, double unclearRate) {
    }

    /** Reads every clause, prints the table, and returns the NR-1 counts. */
    private static Measures measure(String title, List<Labelled> clauses) {
        Score nr1 = new Score();
        Score flagged = new Score();
        int unclear = 0;
        Map<ExpectationKind, Score> perKind = new LinkedHashMap<>();
        for (ExpectationKind kind : ExpectationKind.values()) {
            perKind.put(kind, new Score());
        }
        List<String> misread = new ArrayList<>();
        int exact = 0;
        for (Labelled c : clauses) {
            List<ClauseFinding> findings = read(c);
            boolean triggers = findings.stream().anyMatch(f -> f.triggers().equals(List.of("NR-1")));
            boolean isUnclear = findings.stream().anyMatch(f -> f.reading() == Reading.UNCLEAR);
            nr1.count(c.nr1(), triggers);
            flagged.count(c.nr1(), triggers || isUnclear);
            unclear += isUnclear ? 1 : 0;
            if (isUnclear || triggers != c.nr1()) {
                misread.add(c.id() + (isUnclear ? " UNCLEAR" : " (NR-1 WRONG)") + ": " + findings.stream().map(ClauseFinding::explanation).toList());
            }
            Set<ExpectationKind> expectedKinds = c.expected().stream().map(Expected::kind).collect(Collectors.toSet());
            Set<ExpectationKind> actualKinds = findings.stream().map(ClauseFinding::kind).collect(Collectors.toSet());
            perKind.forEach((kind, score) -> score.count(expectedKinds.contains(kind), actualKinds.contains(kind)));
            if (new HashSet<>(c.expected()).equals(actual(findings)) && c.expected().size() == findings.size()) {
                exact++;
            } else {
                misread.add(c.id() + " kind/flags: expected " + c.expected() + ", read " + actual(findings));
            }
        }
        System.out.println(report(title, clauses.size(), nr1, perKind, exact, misread)
                + row("BINDING or UNCLEAR", flagged) + "UNCLEAR: " + unclear + " of " + clauses.size() + "\n");
        return new Measures(nr1, flagged, clauses.isEmpty() ? 0 : (double) unclear / clauses.size());
    }

    @Test
    void everyFindingQuotesItsSpan() {
        for (Labelled c : Stream.concat(corpus.stream(), holdout.stream()).toList()) {
            for (ClauseFinding f : read(c)) {
                if (f.span() != null) {
                    assertThat(c.text().substring(f.span().start(), f.span().end())).as(c.id()).isEqualTo(f.matched());
                } else {
                    assertThat(f.kind()).as(c.id()).isEqualTo(ExpectationKind.NONE);
                    assertThat(f.matched()).isNull();
                }
            }
        }
    }

    private static String report(String title, int size, Score nr1, Map<ExpectationKind, Score> perKind, int exact, List<String> misread) {
        StringBuilder out = new StringBuilder("\n" + title + ": " + size + " clauses\n");
        out.append(String.format(Locale.ROOT, "| %-24s | %4s | %4s | %4s | %9s | %6s |%n", "measure", "TP", "FP", "FN", "precision", "recall"));
        out.append(row("NR-1 triggering", nr1));
        perKind.forEach((kind, score) -> out.append(row(kind.name(), score)));
        out.append("Read exactly as labelled (all findings, flags, part, level): ").append(exact).append(" of ").append(size).append('\n');
        misread.forEach(m -> out.append("  ").append(m).append('\n'));
        return out.toString();
    }

    private static String row(String name, Score s) {
        return String.format(Locale.ROOT, "| %-24s | %4d | %4d | %4d | %9.3f | %6.3f |%n", name, s.tp, s.fp, s.fn, s.precision(), s.recall());
    }
}
