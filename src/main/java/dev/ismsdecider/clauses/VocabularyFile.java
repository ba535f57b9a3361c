package dev.ismsdecider.clauses;

import java.util.List;

/** The JSON shape of a clause vocabulary (see {@code rules/clauses/vocabulary.json}); {@link Vocabulary} checks and compiles it. */
record VocabularyFile(String version, String about, List<String> languages, Mentions mentions, List<Entry> levels, Cues cues,
                      Structure structure) {

    /** One word or phrase to look for: a regular expression with the examples it must find. */
    record Entry(String id, String lang, String pattern, List<String> examples, String label, String target) {
    }

    /** What a clause can name: the standards and assurance schemes. */
    record Mentions(List<Entry> iso27001, List<Entry> isms, List<Entry> iec62443, List<Entry> otherAssurance,
                    List<Entry> unrelated, List<Entry> ismsLike, List<Entry> namedElsewhere) {
    }

    /** The words around a mention that say what the clause does with it. */
    record Cues(List<Entry> certification, List<Entry> equivalence, List<Entry> alternative, List<Entry> conjunction,
                List<Entry> acceptance, List<Entry> condition, List<Entry> negation, List<Entry> obligation,
                List<Entry> permission, List<Entry> recommendation, List<Entry> description, List<Entry> definition,
                List<Entry> parties, List<Entry> notSubject, List<Entry> asks, List<Entry> scope, List<Entry> boundary,
                List<Entry> functionWords, List<Entry> lack, List<Entry> recital, List<Entry> demanders) {
    }

    /** How a clause is cut into sentences and segments. */
    record Structure(List<Entry> segmentBreaks, List<String> abbreviations, Integer maxAlternativeGap) {
    }
}
