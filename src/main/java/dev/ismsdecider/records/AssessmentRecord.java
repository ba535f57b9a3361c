package dev.ismsdecider.records;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.evaluation.RuleSetRef;

import java.util.List;

/**
 * A stored assessment: who stored it and when, the input in its canonical form (RFC 8785) with its SHA-256, the
 * rule set, the assessment as it was given, its place in the chain and its approval history, oldest first.
 */
public record AssessmentRecord(String id, String tenant, String recordedBy, String recordedAt, String canonicalInput,
                               String inputSha256, RuleSetRef ruleSet, JsonNode assessment, ChainLink chain,
                               List<ApprovalRecord> approvals) {
}
