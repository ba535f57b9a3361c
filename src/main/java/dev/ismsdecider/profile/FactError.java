package dev.ismsdecider.profile;

/** One thing wrong with the input: where (a JSON pointer, RFC 6901) and why. */
public record FactError(String path, String message) {

    @Override
    public String toString() {
        return (path.isEmpty() ? "(document)" : path) + ": " + message;
    }
}
