package dev.ismsdecider.memo;

import dev.ismsdecider.evaluation.Assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a decision memo is written from: the assessment, the facts exactly as they were sent (the memo quotes
 * clause sentences from them and prints their SHA-256), the date it is written for, and, for an assessment kept
 * as a record, the record's id and approvals ({@code null} for a memo of an unstored evaluation).
 */
public record MemoInput(Assessment assessment, byte[] facts, LocalDate date, StoredRecord record) {

    public MemoInput {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(date, "date");
    }

    /** A memo of an evaluation that was not stored. */
    public static MemoInput unstored(Assessment assessment, byte[] facts, LocalDate date) {
        return new MemoInput(assessment, facts, date, null);
    }

    /** The SHA-256 of the facts as sent, in hex: what ties a memo or workbook to its input. */
    public String factsSha256() {
        return MemoView.sha256(facts);
    }

    /** The organisation's name as the facts give it, or "" when they do not. */
    public String organisation() {
        return MemoView.readFacts(facts).at("/organization/name").asText("");
    }

    /** The record an assessment was stored as: its id and who approved it. */
    public record StoredRecord(String id, List<Approval> approvals) {

        public StoredRecord {
            Objects.requireNonNull(id, "id");
            approvals = List.copyOf(approvals);
        }
    }

    /** One approval of a stored assessment: who, in which role, when (as the record keeps it). */
    public record Approval(String name, String role, String approvedAt) {
    }
}
