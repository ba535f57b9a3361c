package dev.ismsdecider.clauses;

/**
 * A clause vocabulary cannot be used: it is not valid JSON, misses a section, or an entry's pattern does
 * not compile or does not find its own examples. The message names the file and the entry at fault.
 */
public class VocabularyException extends RuntimeException {

    private final String file;
    private final String entry;
    private final String problem;

    public VocabularyException(String file, String entry, String problem) {
        super(file + ": " + (entry.isEmpty() ? "" : entry + ": ") + problem);
        this.file = file;
        this.entry = entry;
        this.problem = problem;
    }

    /** The vocabulary file, as named in the rule set (e.g. {@code clauses/vocabulary.json}). */
    public String file() {
        return file;
    }

    /** Where in the file, e.g. {@code cues.negation[3] 'en-need-not'}; empty for the whole file. */
    public String entry() {
        return entry;
    }

    /** The entry and what is wrong with it, without the file name. */
    public String detail() {
        return (entry.isEmpty() ? "" : entry + ": ") + problem;
    }
}
