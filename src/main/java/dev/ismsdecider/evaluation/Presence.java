package dev.ismsdecider.evaluation;

/** Whether the organisation has an OT/IACS footprint. */
public enum Presence {
    PRESENT, ABSENT, UNKNOWN
}
