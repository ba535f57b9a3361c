package dev.ismsdecider.records;

/** The records database cannot be opened or used; the message says which database and why, in the user's terms. */
public final class RecordsException extends RuntimeException {

    RecordsException(String message, Throwable cause) {
        super(message, cause);
    }
}
