package dev.ismsdecider.profile;

/** A range of a text, in UTF-16 code units as Java strings count them: {@code start} inclusive, {@code end} exclusive. */
public record Span(int start, int end) {
}
