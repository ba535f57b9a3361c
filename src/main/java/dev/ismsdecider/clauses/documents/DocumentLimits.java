package dev.ismsdecider.clauses.documents;

import java.time.Duration;

/**
 * The largest document accepted and the most work spent on one: a document beyond a limit is refused
 * while it is read (never read whole first), with a {@link DocumentLimitException} naming the limit, so
 * that nothing is checked in part.
 *
 * @param maxBytes         size of the file as sent
 * @param maxPages         pages of a PDF
 * @param maxCharacters    characters of text
 * @param maxClauses       clauses (paragraphs with text, or entries of a JSON list)
 * @param maxInflatedBytes bytes a compressed document (DOCX parts, PDF streams) may inflate to, whatever
 *                         its compression ratio: the cap that makes a zip bomb harmless
 * @param timeBudget       time the reading of one document may take
 */
public record DocumentLimits(long maxBytes, int maxPages, int maxCharacters, int maxClauses, long maxInflatedBytes,
                             Duration timeBudget) {

    /** Clauses of one request: a long contract has a few hundred; each costs a classification. */
    public static final int DEFAULT_MAX_CLAUSES = 10_000;
    /** Inflated bytes of one document: the XML of a long Word contract is a few MB. */
    public static final long DEFAULT_MAX_INFLATED_BYTES = 64L * 1024 * 1024;
    /** Time for reading one document. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);

    /** 20 MB, 500 pages, 2 million characters of text: far beyond a long contract, well within memory. */
    public static final DocumentLimits DEFAULT = new DocumentLimits(20L * 1024 * 1024, 500, 2_000_000);

    /** Size, pages and characters as given; clause count, inflation and time at their defaults. */
    public DocumentLimits(long maxBytes, int maxPages, int maxCharacters) {
        this(maxBytes, maxPages, maxCharacters, DEFAULT_MAX_CLAUSES, DEFAULT_MAX_INFLATED_BYTES, DEFAULT_TIME_BUDGET);
    }

    /** The same limits with another clause count and time budget (the server's settings). */
    public DocumentLimits withWork(int clauses, Duration budget) {
        return new DocumentLimits(maxBytes, maxPages, maxCharacters, clauses, maxInflatedBytes, budget);
    }

    /** The same limits with another largest file size. */
    public DocumentLimits withMaxBytes(long bytes) {
        return new DocumentLimits(bytes, maxPages, maxCharacters, maxClauses, maxInflatedBytes, timeBudget);
    }

    void checkSize(long bytes) {
        if (bytes > maxBytes) {
            throw new DocumentLimitException(DocumentLimitException.Limit.BYTES, "",
                    "the document has " + bytes + " bytes; at most " + maxBytes + " are accepted");
        }
    }

    void checkPages(int pages) {
        if (pages > maxPages) {
            throw new DocumentLimitException(DocumentLimitException.Limit.PAGES, "",
                    "the document has " + pages + " pages; at most " + maxPages + " are accepted");
        }
    }

    void checkCharacters(long characters, String where) {
        if (characters > maxCharacters) {
            throw new DocumentLimitException(DocumentLimitException.Limit.CHARACTERS, where,
                    "the document's text exceeds " + maxCharacters + " characters");
        }
    }

    void checkClauses(int clauses, String where) {
        if (clauses > maxClauses) {
            throw new DocumentLimitException(DocumentLimitException.Limit.CLAUSES, where,
                    "the document holds more than " + maxClauses + " clauses");
        }
    }

    /** The moment by which a read that starts now must end. */
    long deadline() {
        return System.nanoTime() + timeBudget.toNanos();
    }

    void checkTime(long deadline, String where) {
        if (System.nanoTime() - deadline > 0) {
            throw new DocumentLimitException(DocumentLimitException.Limit.TIME, where,
                    "reading the document takes longer than " + timeBudget.toSeconds() + " s; split it or simplify it");
        }
    }
}
