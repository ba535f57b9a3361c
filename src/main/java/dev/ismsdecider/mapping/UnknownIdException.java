package dev.ismsdecider.mapping;

/**
 * A mapping filter names an ID that does not exist: the user's input is wrong, and the message (which
 * lists every such ID) is written for the user.
 */
public final class UnknownIdException extends IllegalArgumentException {

    UnknownIdException(String message) {
        super(message);
    }
}
