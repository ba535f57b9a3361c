package dev.ismsdecider.clauses.documents;

/**
 * A document goes beyond one of the {@link DocumentLimits}: it is refused as a whole. {@link #limit()}
 * says which, so that a door can answer each limit in its own way (the REST API with its own problem type).
 */
public final class DocumentLimitException extends ContractFormatException {

    /** The limit that was reached. */
    public enum Limit {
        BYTES, PAGES, CHARACTERS, CLAUSES, INFLATED_BYTES, TIME
    }

    private final Limit limit;

    DocumentLimitException(Limit limit, String location, String message) {
        super(location, message);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
