package dev.ismsdecider.evaluation;

/** State of a management-system element that IEC 62443 does not fully provide. */
public enum GapStatus {
    /** Known not to be in place. */
    MISSING,
    /** Not stated in the input. */
    UNKNOWN
}
