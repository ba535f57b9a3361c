package dev.ismsdecider.clauses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.profile.ExpectationKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ismsdecider.clauses.ClauseFixtures.VOCABULARY_FILE;
import static dev.ismsdecider.clauses.ClauseFixtures.VOCABULARY_JSON;
import static dev.ismsdecider.clauses.ClauseFixtures.clause;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The vocabulary file: checked entry by entry at load, and extensible by a contract team without Java. */
class VocabularyTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode packaged() throws Exception {
        return (ObjectNode) JSON.readTree(VOCABULARY_JSON);
    }

    private static ArrayNode category(ObjectNode vocabulary, String section, String name) {
        return (ArrayNode) vocabulary.get(section).get(name);
    }

    private static ObjectNode entry(String id, String lang, String pattern, String example) {
        ObjectNode entry = JSON.createObjectNode().put("id", id).put("lang", lang).put("pattern", pattern);
        entry.putArray("examples").add(example);
        return entry;
    }

    private static Vocabulary load(JsonNode vocabulary) throws Exception {
        return Vocabulary.parse(VOCABULARY_FILE, JSON.writeValueAsString(vocabulary));
    }

    @Test
    void packagedVocabularyLoadsWithVersionAndDigest() {
        Vocabulary v = Vocabulary.parse(VOCABULARY_FILE, VOCABULARY_JSON);
        assertThat(v.version()).isEqualTo("2.3.0");
        assertThat(v.sha256()).hasSize(64);
        assertThat(v.file()).isEqualTo(VOCABULARY_FILE);
    }

    @Test
    void aPatternThatDoesNotCompileNamesFileAndEntry() throws Exception {
        ObjectNode v = packaged();
        ((ObjectNode) category(v, "cues", "negation").get(2)).put("pattern", "\\bneed\\s+(not");
        assertThatThrownBy(() -> load(v))
                .isInstanceOf(VocabularyException.class)
                .hasMessageStartingWith("clauses/vocabulary.json: cues.negation[2] 'en-need-not': pattern does not compile: Unclosed group");
    }

    @Test
    void aPatternThatMissesItsOwnExampleIsRefused() throws Exception {
        ObjectNode v = packaged();
        int index = category(v, "mentions", "otherAssurance").size();
        category(v, "mentions", "otherAssurance").add(entry("tisax-typo", "any", "\\bTISAXX\\b", "a TISAX label"));
        assertThatThrownBy(() -> load(v))
                .isInstanceOf(VocabularyException.class)
                .hasMessageContaining("mentions.otherAssurance[" + index + "] 'tisax-typo'")
                .hasMessageContaining("does not find its example \"a TISAX label\"");
    }

    @Test
    void entriesNeedWhatTheirCategoryUses() throws Exception {
        ObjectNode noLabel = packaged();
        category(noLabel, "mentions", "otherAssurance").add(entry("vda-isa", "any", "\\bVDA\\s+ISA\\b", "VDA ISA"));
        assertThatThrownBy(() -> load(noLabel)).hasMessageContaining("'vda-isa': needs a label");

        ObjectNode noTarget = packaged();
        category(noTarget, "cues", "negation").add(entry("en-exempt", "en", "\\bexempt\\b", "is exempt"));
        assertThatThrownBy(() -> load(noTarget)).hasMessageContaining("'en-exempt': target must be 'before'");

        ObjectNode badLanguage = packaged();
        category(badLanguage, "cues", "certification").add(entry("fr-certifie", "fr", "\\bcertifi", "certifié"));
        assertThatThrownBy(() -> load(badLanguage)).hasMessageContaining("'fr-certifie': lang must be 'any' or one of [de, en]");

        ObjectNode duplicate = packaged();
        category(duplicate, "cues", "certification").add(entry("en-certified", "en", "\\bcertified\\b", "certified"));
        assertThatThrownBy(() -> load(duplicate)).hasMessageContaining("id 'en-certified' is used twice");
    }

    @Test
    void unknownPropertiesAndMissingSectionsAreRefused() throws Exception {
        ObjectNode typo = packaged();
        ((ObjectNode) category(typo, "cues", "description").get(0)).put("pattern_", "x");
        assertThatThrownBy(() -> load(typo)).hasMessageContaining("cues.description[0].pattern_");

        ObjectNode missing = packaged();
        ((ObjectNode) missing.get("cues")).remove("negation");
        assertThatThrownBy(() -> load(missing)).hasMessage("clauses/vocabulary.json: cues.negation: is missing");
    }

    /** A contract team adds French wording: the same clause turns from binding to negated, and a new scheme is recognised. */
    @Test
    void extendingTheVocabularyChangesTheReading() throws Exception {
        String negated = "Une certification ISO/IEC 27001 n'est pas exigée du Fournisseur.";
        String scheme = "Le Fournisseur détient une qualification SecNumCloud.";
        ClauseChecker before = ClauseFixtures.checker(Vocabulary.parse(VOCABULARY_FILE, VOCABULARY_JSON));
        assertThat(before.read(clause(negated)).findings()).singleElement()
                .satisfies(f -> assertThat(f.reading()).isEqualTo(Reading.UNCLEAR));
        assertThat(before.read(clause(scheme)).findings()).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(ExpectationKind.NONE));

        ObjectNode v = packaged();
        ((ArrayNode) v.get("languages")).add("fr");
        category(v, "cues", "negation").add(entry("fr-pas-exige", "fr", "\\bn'est\\s+pas\\s+(?:exigée?|requise?|obligatoire)\\b", "n'est pas exigée")
                .put("target", "before"));
        category(v, "cues", "certification").add(entry("fr-certification", "fr", "\\bcertifi\\p{L}*", "une certification"));
        category(v, "cues", "obligation").add(entry("fr-doit", "fr", "\\b(?:doit|doivent|est\\s+tenu)\\b", "Le Fournisseur doit"));
        category(v, "mentions", "otherAssurance").add(entry("secnumcloud", "any", "\\bSecNumCloud\\b", "qualification SecNumCloud")
                .put("label", "SecNumCloud"));
        ClauseChecker after = ClauseFixtures.checker(load(v));

        assertThat(after.read(clause(negated)).findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ExpectationKind.ISO_27001_CERTIFICATION);
            assertThat(f.negated()).isTrue();
            assertThat(f.triggers()).isEmpty();
            assertThat(f.reading()).isEqualTo(Reading.NOT_BINDING);
            assertThat(f.matched()).isEqualTo("certification ISO/IEC 27001 n'est pas exigée");
        });
        assertThat(after.read(clause(scheme)).findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(ExpectationKind.OTHER_ASSURANCE);
            assertThat(f.matched()).isEqualTo("SecNumCloud");
        });
        assertThat(after.vocabulary().sha256()).isNotEqualTo(before.vocabulary().sha256());
    }

    @Test
    void everyPackagedEntryFindsItsExamplesInsideAClause() {
        // Loading checks examples on their own; here each example also classifies without error inside a sentence.
        ClauseChecker checker = ClauseFixtures.CHECKER;
        for (String example : List.of("ISO 27001:2022", "IEC 62443-2-4", "SOC 2 Type II report", "Erklärung zur Anwendbarkeit")) {
            assertThat(checker.read(clause("Supplier shall provide " + example + ".")).findings()).isNotEmpty();
        }
    }
}
