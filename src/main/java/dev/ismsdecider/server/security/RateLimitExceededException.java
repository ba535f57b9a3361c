package dev.ismsdecider.server.security;

/** A key has made as many requests as its period allows; the next is allowed after {@code retryAfterSeconds}. */
public final class RateLimitExceededException extends RuntimeException {

    private final long retryAfterSeconds;

    RateLimitExceededException(long retryAfterSeconds) {
        super(null, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
