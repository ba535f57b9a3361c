package dev.ismsdecider.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One rule firing, in order: the rule, its criterion and source section, the input paths its
 * conclusion rests on, and what it concluded. {@code withdrawn} is set when a later firing took the
 * conclusion back (truth maintenance); a well-formed rule set never needs to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TraceStep(int step, String rule, String criterion, String source, List<String> facts, String concluded,
                        Boolean withdrawn) {
}
