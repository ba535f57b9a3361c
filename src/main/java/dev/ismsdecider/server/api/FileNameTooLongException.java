package dev.ismsdecider.server.api;

/** An uploaded document's file name is longer than {@code decider.max-file-name-length}. */
final class FileNameTooLongException extends RuntimeException {

    FileNameTooLongException(int length, int limit) {
        super("the file name has " + length + " characters; at most " + limit + " are accepted (decider.max-file-name-length)");
    }
}
