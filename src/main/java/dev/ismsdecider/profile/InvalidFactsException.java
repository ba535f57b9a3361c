package dev.ismsdecider.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input cannot be evaluated as it stands. Carries every error found, not just the first, so a
 * user can fix the document in one pass. Malformed JSON has a single error at the document root whose
 * message names the line and column.
 */
public class InvalidFactsException extends RuntimeException {

    private final transient List<FactError> errors;
    private final boolean malformed;

    public InvalidFactsException(List<FactError> errors, boolean malformed) {
        super(errors.stream().map(FactError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
        this.malformed = malformed;
    }

    public List<FactError> errors() {
        return errors;
    }

    /** True when the document is not JSON at all (as opposed to JSON with wrong facts). */
    public boolean malformed() {
        return malformed;
    }
}
