package dev.ismsdecider.evaluation;

/** The answer to "can we drop ISO 27001 and rely on IEC 62443?" (contract v1). */
public enum Verdict {
    COEXIST, RELY_PRIMARILY_ON_IEC_62443, KEEP_ISO_27001, UNDETERMINED
}
