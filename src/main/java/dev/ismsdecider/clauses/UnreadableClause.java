package dev.ismsdecider.clauses;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A clause whose text could not be read (absent, empty, or without words): what it requires is unknown,
 * never "nothing". {@code index} is its position in the list it came in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnreadableClause(int index, String clauseId, String party, String reason) {
}
