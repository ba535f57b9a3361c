package dev.ismsdecider.report;

/** How an assessment is written for people or programs. */
public enum ReportFormat {
    TEXT, JSON, MARKDOWN
}
