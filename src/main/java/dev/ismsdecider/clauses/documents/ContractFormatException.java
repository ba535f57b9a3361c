package dev.ismsdecider.clauses.documents;

/**
 * A contract document cannot be read: malformed, corrupt, encrypted, too large, or without clauses.
 * {@code location} says where: a JSON pointer ("/clauses/2/partyKind"), a line ("line 12"), a page
 * ("page 3"), or nothing for the whole document.
 */
public class ContractFormatException extends RuntimeException {

    private final String location;
    private final String reason;

    public ContractFormatException(String location, String message) {
        super((location.isEmpty() ? "" : location + ": ") + message);
        this.location = location;
        this.reason = message;
    }

    public ContractFormatException(String location, String message, Throwable cause) {
        this(location, message);
        initCause(cause);
    }

    public String location() {
        return location;
    }

    /** Why the document cannot be read, without the location. */
    public String reason() {
        return reason;
    }
}
