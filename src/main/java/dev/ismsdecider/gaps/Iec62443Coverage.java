package dev.ismsdecider.gaps;

/** How far IEC 62443 covers an ISO/IEC 27001 main-body clause (the project's own reading). */
public enum Iec62443Coverage {
    /** IEC 62443 requires what the clause asks, for the IACS. */
    COVERED,
    /** Related requirements exist but fall short of the clause. */
    PARTIAL,
    /** No corresponding requirement. */
    NOT_COVERED
}
