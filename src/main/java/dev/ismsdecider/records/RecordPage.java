package dev.ismsdecider.records;

import java.util.List;

/** A page of stored assessments, newest first, with the number that match in all. */
public record RecordPage(List<RecordSummary> items, int page, int size, long total) {
}
