package dev.ismsdecider.profile;

/** What an external party expects as security assurance (contract v1). */
public enum ExpectationKind {
    ISO_27001_CERTIFICATION, ISO_27001_OR_EQUIVALENT, ISMS_EVIDENCE, IEC_62443, OTHER_ASSURANCE, NONE
}
