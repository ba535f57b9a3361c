package dev.ismsdecider.gaps;

/**
 * Whether an organisation has what an ISO/IEC 27001 clause asks, from the gaps of the management-system elements the
 * clause needs; one PA-3 rule per value decides it ({@code rules/pa.drl}).
 */
public enum ClauseStatus {
    /** Every element the clause needs is known to be in place. */
    IN_PLACE,
    /** At least one element the clause needs is known not to be in place. */
    MISSING,
    /** Nothing is known missing, but at least one element is not stated: unknown is never "no". */
    UNKNOWN
}
