package dev.ismsdecider.server.api;

/** A request body exceeds the configured limit; raised as soon as the limit is crossed. */
final class BodyTooLargeException extends RuntimeException {

    private final long limit;
    private final boolean upload;

    /** {@code upload}: the body is a document upload ({@code multipart/form-data}), held to the upload limit. */
    BodyTooLargeException(long limit, boolean upload) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
        this.upload = upload;
    }

    long limit() {
        return limit;
    }

    boolean upload() {
        return upload;
    }
}
