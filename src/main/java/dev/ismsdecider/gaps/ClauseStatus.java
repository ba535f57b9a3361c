package dev.ismsdecider.gaps;

/** Whether an organisation has what an ISO/IEC 27001 clause asks, from its management-system facts. */
public enum ClauseStatus {
    /** Every element the clause needs is known to be in place. */
    IN_PLACE,
    /** At least one element the clause needs is known not to be in place. */
    MISSING,
    /** Nothing is known missing, but at least one element is not stated: unknown is never "no". */
    UNKNOWN
}
