package dev.ismsdecider.clauses;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ismsdecider.facts.ExpectationKind;
import dev.ismsdecider.knowledge.Span;

import java.util.List;

/**
 * What one contract clause requires, as the classifier read it (contract v1): the kind of assurance,
 * whether it is negated or accepts IEC 62443, and the span of the clause text that says so.
 * {@code triggers} is {@code ["NR-1"]} exactly when the clause binds the organisation to ISO 27001 or an ISMS.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClauseFinding(
        String clauseId,
        String party,
        ExpectationKind kind,
        boolean negated,
        boolean acceptsIec62443,
        String iec62443Part,
        String securityLevel,
        List<String> triggers,
        Span span,
        String matched) {
}
