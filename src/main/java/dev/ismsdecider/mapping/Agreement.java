package dev.ismsdecider.mapping;

/**
 * How firmly one row of the 2013 to 2022 Annex A correspondence stands, as the source README records it: the
 * table was compiled from ISO/IEC 27002:2022 Annex B and compared with one independent machine-readable mapping.
 * The trust is the factor a pair's confidence takes from the best row it passes through.
 */
public enum Agreement {
    /** The cross-check gives the same 2022 control. */
    CONFIRMED(1.0),
    /** The cross-check has no entry for the 2013 control: one source only. */
    UNCONFIRMED(0.8),
    /** The cross-check gives another 2022 control (A.13.2.1-3) or leaves this target out (A.18.2.3 to 8.8). */
    CONTESTED(0.4);

    private final double trust;

    Agreement(double trust) {
        this.trust = trust;
    }

    double trust() {
        return trust;
    }

    /** Reads the {@code note} column of {@code iso27001-2013-to-2022.tsv}; a note this code does not know is an error. */
    public static Agreement ofNote(String note) {
        if (note.contains("disagreement") || note.contains("lists only")) {
            return CONTESTED;
        }
        if (note.contains("absent from CISO Assistant cross-check")) {
            return UNCONFIRMED;
        }
        if (note.isEmpty() || note.startsWith("one of two 2022 targets")) {
            return CONFIRMED;
        }
        throw new IllegalStateException("iso27001-2013-to-2022.tsv: unknown note '" + note + "'; classify it in Agreement.ofNote");
    }
}
