package dev.ismsdecider.clauses;

import dev.ismsdecider.profile.Span;

/** A condition or waiver in a clause (contract v1): its span in the clause text and its words. */
public record Condition(Span span, String text) {
}
