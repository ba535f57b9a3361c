package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.profile.Span;


/**
 * One input fact a conclusion rests on: its JSON pointer into the profile, the value found there, and
 * for clause text the span that matched.
 */
public record Evidence(String path, Object value, Span span) {

    public static Evidence of(String path, Object value) {
        return new Evidence(path, value, null);
    }
}
