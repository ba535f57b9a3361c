package dev.ismsdecider.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ismsdecider.profile.Span;

/** A fact an answer rests on (contract v1): its JSON pointer, its value and, for a clause, the span of the words that say so. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String path, Object value, Span span) {
}
