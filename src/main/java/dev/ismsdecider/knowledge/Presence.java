package dev.ismsdecider.knowledge;

/** Whether the organisation has an OT/IACS footprint. */
public enum Presence {
    PRESENT, ABSENT, UNKNOWN
}
