package dev.ismsdecider.records;

/** One line of a list of stored assessments. */
public record RecordSummary(String id, String recordedAt, String recordedBy, String organization, String verdict,
                            String ruleSetVersion, long seq, String entryHash) {
}
