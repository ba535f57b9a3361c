package dev.ismsdecider.clauses;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ismsdecider.profile.ExpectationKind;
import dev.ismsdecider.profile.Span;

import java.util.List;

/**
 * What one contract clause requires, as the rules read it (contract v1): the kind of assurance, whether it
 * is negated or accepts IEC 62443, the span of the clause text that says so, and the reading: whether it
 * binds the organisation, with its modality, the party it obliges, its condition and an explanation.
 * {@code triggers} is {@code ["NR-1"]} exactly when the reading is BINDING.
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
        String matched,
        Reading reading,
        Modality modality,
        ObligedParty obligedParty,
        Condition condition,
        String explanation) {
}
