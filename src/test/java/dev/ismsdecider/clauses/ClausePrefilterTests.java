package dev.ismsdecider.clauses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.facts.OrganizationProfile.ContractClause;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;

import static dev.ismsdecider.clauses.ClauseFixtures.VOCABULARY_JSON;
import static dev.ismsdecider.clauses.ClauseFixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prefilter changes no result. For every labelled clause, every example of the vocabulary and a few
 * thousand generated texts (vocabulary examples and corpus fragments in random case, with look-alike
 * letters, umlauts, typographic spaces and dashes, combining accents, glued words and the odd emoji),
 * each cue finds exactly the matches that {@code while (matcher.find())} finds over the whole text (same
 * start, end and groups, same order), the text is cut into the same sentences and segments, and the
 * classifier returns the same findings, spans and quoted words as with the prefilter off.
 */
class ClausePrefilterTests {

    private static final Vocabulary VOCABULARY = ClauseFixtures.CHECKER.vocabulary();
    private static final String PHARMA = "Supplier shall maintain a valid ISO/IEC 27001 certificate covering all sites that process Customer data.";

    @Test
    void everyLabelledClauseReadsTheSame() {
        List<ContractClause> corpus = ClauseBenchmark.corpus();
        assertThat(corpus).hasSize(131);
        for (ContractClause clause : corpus) {
            assertSameReading(VOCABULARY, clause.text());
        }
    }

    @Test
    void everyExampleOfTheVocabularyReadsTheSame() {
        List<String> examples = examples();
        assertThat(examples).hasSizeGreaterThan(100);
        for (String example : examples) {
            assertSameReading(VOCABULARY, example);
        }
    }

    @Test
    void generatedTextsReadTheSame() {
        Generator generator = new Generator(new Random(27001));
        for (int i = 0; i < 2500; i++) {
            assertSameReading(VOCABULARY, generator.text());
        }
    }

    /**
     * A contract team may write patterns the packaged vocabulary does not use: anchors, look-arounds,
     * switched-off case, atomic groups, leading classes or repetitions. Each must read the same too,
     * whether the analysis finds literals for it or gives up.
     */
    @Test
    void patternsATeamMightAddReadTheSame() throws Exception {
        String[][] entries = {
                {"^Supplier\\b", "Supplier shall"}, {"\\.$", "data."}, {"(?<=ISO )27001", "ISO 27001"},
                {"(?<![\\p{L}])ISMS(?![\\p{L}])", "an ISMS"}, {"\\bISO(?=/)", "ISO/IEC"}, {"(?-i)ISO\\b", "ISO 9001"},
                {"(?i:iso)[\\s-]*2700\\d", "iso 27002"}, {"(?>ISO|IS)/", "ISO/"}, {"Stra(?:ß|ss)e", "Straße"}, {"\\w+ung\\b", "Zertifizierung"},
                {"[A-Z]{3}\\s+27001", "IEC 27001"}, {"\\d{5}", "62443"}, {"x*ISO", "xxISO"}, {"\\bISO\\b.*?\\b27001\\b", "ISO/IEC 27001"},
                {"(?:Kunde|Customer)s?\\b", "Customers"}, {"\\GSupplier", "Supplier"}, {"\\bK(?:elvin)?\\b", "K"}, {"(?:)ISO", "ISO"}};
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(VOCABULARY_JSON);
        ArrayNode unrelated = (ArrayNode) json.get("mentions").get("unrelated");
        for (int i = 0; i < entries.length; i++) {
            ObjectNode entry = unrelated.addObject().put("id", "team-" + i).put("lang", "any").put("pattern", entries[i][0]);
            entry.putArray("examples").add(entries[i][1]);
        }
        Vocabulary extended = Vocabulary.parse(ClauseFixtures.VOCABULARY_FILE, json.toString());
        Generator generator = new Generator(new Random(62443));
        for (ContractClause clause : ClauseBenchmark.corpus()) {
            assertSameReading(extended, clause.text());
        }
        for (int i = 0; i < 1000; i++) {
            assertSameReading(extended, generator.text());
        }
    }

    @Test
    void aTextWithCharactersBeyondTheBmpIsReadWithoutPrefilterAndTheSame() {
        String text = "Supplier shall hold an ISO/IEC 27001 certificate \uD83D\uDCC4; IEC 62443-2-4 is also accepted.";
        assertThat(VOCABULARY.scanner.scan(ClauseText.normalise(text))).isNull();
        assertSameReading(VOCABULARY, text);
    }

    @Test
    void literalsTooManyForTheAutomatonLeaveTheTextUnfiltered() {
        List<CueLiterals> literals = new ArrayList<>();
        for (int cue = 0; cue < 20; cue++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 64; w++) {
                words.add(("c" + cue + "w" + w + "-").repeat(12));
            }
            literals.add(new CueLiterals(words, List.of()));
        }
        assertThat(new LiteralScanner(literals).scan("c1w1-c1w1-")).isNull();
        assertThat(new LiteralScanner(literals.subList(0, 1)).scan("c0w1-c0w1-")).isNotNull();
    }

    @Test
    void theScanRulesOutWhatCannotMatchAndPlacesTheRest() {
        LiteralScanner.Places places = VOCABULARY.scanner.scan(ClauseText.normalise(PHARMA));
        assertThat(placesOf(places, cue("iso27001"))).containsExactly(PHARMA.indexOf("ISO"));
        assertThat(places.ruledOut(cue("iso-other-management-systems").index())).isTrue();
        assertThat(places.ruledOut(cue("iec62443-series").index())).isTrue();
        assertThat(placesOf(places, cue("en-certified"))).containsExactly(PHARMA.indexOf("certificate"));
        assertThat(placesOf(places, cue("en-or"))).isEmpty();
        long tried = VOCABULARY.cues.stream().filter(c -> !placesOf(places, c).isEmpty()).count();
        assertThat(tried).as("cues tried on the pharma clause").isLessThan(VOCABULARY.cues.size() / 4);
        assertSameReading(VOCABULARY, PHARMA);
    }

    // ------------------------------------------------------------------ comparison

    private static void assertSameReading(Vocabulary vocabulary, String text) {
        ClauseText prefiltered = new ClauseText(text, vocabulary, true);
        ClauseText unfiltered = new ClauseText(text, vocabulary, false);
        assertThat(prefiltered.sentences).as("sentences of %s", text).isEqualTo(unfiltered.sentences);
        assertThat(prefiltered.segments).as("segments of %s", text).isEqualTo(unfiltered.segments);
        for (Vocabulary.Cue cue : vocabulary.cues) {
            assertThat(matches(prefiltered, cue)).as("%s in %s", cue.id(), text).isEqualTo(everyMatch(unfiltered.text, cue));
        }
        ContractClause clause = clause(text);
        assertThat(ClauseChecker.of(vocabulary).read(clause)).as("findings of %s", text)
                .isEqualTo(ClauseChecker.unfiltered(vocabulary).read(clause));
    }

    /** The matches as the classifier finds them, each as its start and end and those of every group. */
    private static List<String> matches(ClauseText text, Vocabulary.Cue cue) {
        List<String> found = new ArrayList<>();
        ClauseText.Matches matches = text.matches(cue);
        while (matches.find()) {
            found.add(describe(matches.matcher()));
        }
        return found;
    }

    /** The reference: the plain {@code find()} loop over the whole normalised text, as before the prefilter. */
    private static List<String> everyMatch(String text, Vocabulary.Cue cue) {
        List<String> found = new ArrayList<>();
        Matcher m = cue.pattern().matcher(text);
        while (m.find()) {
            found.add(describe(m));
        }
        return found;
    }

    private static String describe(Matcher m) {
        StringBuilder groups = new StringBuilder();
        for (int g = 0; g <= m.groupCount(); g++) {
            groups.append(m.start(g)).append('-').append(m.end(g)).append(' ');
        }
        return groups.toString();
    }

    private static Vocabulary.Cue cue(String id) {
        return VOCABULARY.cues.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Integer> placesOf(LiteralScanner.Places places, Vocabulary.Cue cue) {
        List<Integer> starts = new ArrayList<>();
        for (int i = places.first(cue.index()); i < places.first(cue.index() + 1); i++) {
            starts.add(places.starts()[i]);
        }
        return starts;
    }

    /** Every example of every entry of the packaged vocabulary. */
    private static List<String> examples() {
        List<String> examples = new ArrayList<>();
        try {
            new ObjectMapper().readTree(VOCABULARY_JSON).findValues("examples").forEach(list -> list.forEach(e -> examples.add(e.asText())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return examples;
    }

    // ------------------------------------------------------------------ generated texts

    /**
     * Texts made of vocabulary examples, corpus wording and tokens that sit at the edges of the patterns,
     * changed the ways real contracts and their extraction from PDF change them.
     */
    private static final class Generator {
        private static final String[] TOKENS = {"ISO", "IEC", "27001", "62443", "-2-4", "/", ":2022", "SL 2", "ML3", "z. B.", "e.g.",
                "i.e.", "Nr.", ";", ",", ".", "!", "?", "(", ")", "\"", "'", "’", "–", "\u00A0", "_", "2", "Customer's", "nicht", "not"};
        private static final String[] SEPARATORS = {" ", "", ". ", ", ", "; ", " - ", ": ", "\n", " / ", "'s "};
        /** Look-alikes: each letter on the left may become one of the strings on the right. */
        private static final String[][] LOOK_ALIKES = {
                {"i", "İ", "ı", "I"}, {"I", "İ", "ı", "i"}, {"k", "\u212A", "K"}, {"K", "\u212A", "k"}, {"s", "ſ", "S"},
                {"ß", "ẞ", "ss", "SS"}, {"a", "\u212B", "å", "ä"}, {"A", "\u212B", "Ä"}, {"o", "ö", "Ö"}, {"u", "ü", "Ü"},
                {"e", "é", "e\u0301", "E"}, {" ", "\u00A0", "\u202F", "\u2009", "  ", "\n", ""}, {"-", "\u2011", "\u2013", "\u00AD", "", " - "},
                {"'", "\u2019", "\u2018"}, {"0", "O", "1"}, {"1", "l", "7"}, {"µ", "μ", "Μ"}};

        private final Random random;
        private final List<String> fragments = new ArrayList<>();

        Generator(Random random) {
            this.random = random;
            fragments.addAll(examples());
            for (ContractClause clause : ClauseBenchmark.corpus()) {
                String[] words = clause.text().split(" ");
                for (int from = 0; from < words.length; from += 1 + random.nextInt(4)) {
                    int to = Math.min(words.length, from + 1 + random.nextInt(6));
                    fragments.add(String.join(" ", List.of(words).subList(from, to)));
                }
            }
            fragments.addAll(List.of(TOKENS));
        }

        String text() {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                if (i > 0) {
                    text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
                }
                text.append(changed(fragments.get(random.nextInt(fragments.size()))));
            }
            if (random.nextInt(20) == 0) {
                text.insert(random.nextInt(text.length() + 1), "\uD83D\uDCC4");
            }
            return text.toString();
        }

        private String changed(String fragment) {
            String cased = switch (random.nextInt(5)) {
                case 0 -> fragment.toUpperCase(Locale.ROOT);
                case 1 -> fragment.toLowerCase(Locale.ROOT);
                case 2 -> randomCase(fragment);
                default -> fragment;
            };
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < cased.length(); i++) {
                String c = String.valueOf(cased.charAt(i));
                String[] alikes = lookAlikes(c);
                if (alikes != null && random.nextInt(12) == 0) {
                    out.append(alikes[1 + random.nextInt(alikes.length - 1)]);
                } else {
                    out.append(c);
                }
                if (Character.isLetter(cased.charAt(i)) && random.nextInt(60) == 0) {
                    out.append('\u0301'); // a combining accent: a word character for \b only after a letter
                }
            }
            return out.toString();
        }

        private String randomCase(String fragment) {
            StringBuilder out = new StringBuilder();
            for (char c : fragment.toCharArray()) {
                out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
            return out.toString();
        }

        private static String[] lookAlikes(String c) {
            for (String[] alikes : LOOK_ALIKES) {
                if (alikes[0].equals(c)) {
                    return alikes;
                }
            }
            return null;
        }
    }
}
