package dev.ismsdecider.evaluation;

/** What a finding is to the decision (contract v1), in the order a report presents them. */
public enum FindingKind {
    /** An NR criterion holds: IEC 62443 cannot replace ISO 27001. */
    BLOCKER,
    /** The practical answer or scope conclusion (PA, SC). */
    CONCLUSION,
    /** A brownfield reality that argues for coexistence and mapping (BF). */
    CONSIDERATION,
    /** Where IEC 62443 complements ISO 27001 (CO). */
    COMPLEMENT,
    /** Something the organisation must do (EV, PA-3). */
    ACTION;

    private final String label = name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);

    /** The kind as a word in a sentence: "Blocker", "Conclusion". */
    public String label() {
        return label;
    }
}
