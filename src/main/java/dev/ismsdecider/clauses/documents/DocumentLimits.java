package dev.ismsdecider.clauses.documents;

/**
 * The largest document accepted: a bigger one is refused before or while it is read, with a message
 * naming the limit, so that nothing is checked in part.
 */
public record DocumentLimits(long maxBytes, int maxPages, int maxCharacters) {

    /** 20 MB, 500 pages, 2 million characters of text: far beyond a long contract, well within memory. */
    public static final DocumentLimits DEFAULT = new DocumentLimits(20L * 1024 * 1024, 500, 2_000_000);

    void checkSize(long bytes) {
        if (bytes > maxBytes) {
            throw new ContractFormatException("", "the document has " + bytes + " bytes; at most " + maxBytes + " are accepted");
        }
    }

    void checkPages(int pages) {
        if (pages > maxPages) {
            throw new ContractFormatException("", "the document has " + pages + " pages; at most " + maxPages + " are accepted");
        }
    }

    void checkCharacters(long characters, String where) {
        if (characters > maxCharacters) {
            throw new ContractFormatException(where, "the document's text exceeds " + maxCharacters + " characters");
        }
    }
}
