package dev.ismsdecider.records;

/**
 * A request about records that cannot be carried out as sent: names the parameter or JSON pointer at fault and why.
 */
public final class InvalidRecordRequest extends RuntimeException {

    private final String path;
    private final String reason;

    public InvalidRecordRequest(String path, String reason) {
        super(path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    public String path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
