package dev.ismsdecider.api;

/** A request body exceeds the configured limit; raised as soon as the limit is crossed. */
final class BodyTooLargeException extends RuntimeException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
