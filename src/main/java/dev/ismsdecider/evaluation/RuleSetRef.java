package dev.ismsdecider.evaluation;

/** Which rule set produced an assessment: its version and the SHA-256 of its files. */
public record RuleSetRef(String version, String sha256) {
}
