package dev.ismsdecider.evaluation;

/** Which framework governs a part of the scope. */
public enum GovernedBy {
    ISO_27001, IEC_62443, BOTH
}
