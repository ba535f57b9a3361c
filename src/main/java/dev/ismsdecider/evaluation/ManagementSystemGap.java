package dev.ismsdecider.evaluation;

/** One management-system element and whether it is in place, missing or not stated (contract v1, PA-3). */
public record ManagementSystemGap(String element, String iso27001Clause, GapStatus status) {
}
