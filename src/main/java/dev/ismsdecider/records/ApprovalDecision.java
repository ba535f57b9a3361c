package dev.ismsdecider.records;

/** A reviewer's sign-off on a stored assessment (EV-3: documented approvals). */
public enum ApprovalDecision {
    APPROVED, REJECTED
}
