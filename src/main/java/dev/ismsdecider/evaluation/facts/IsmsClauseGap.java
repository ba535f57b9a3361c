package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.gaps.ClauseCoverage;
import dev.ismsdecider.gaps.ClauseGap;
import dev.ismsdecider.gaps.ClauseStatus;

import java.util.List;

/**
 * Concluded (PA-3): whether an organisation has what one ISO 27001 clause asks, decided from the gaps of the elements
 * the clause needs. The clause's data and wording come from the gap analysis; the status is the rule's.
 */
public record IsmsClauseGap(ClauseGap gap) implements Traced {

    public static IsmsClauseGap of(ClauseCoverage clause, ClauseStatus status) {
        return new IsmsClauseGap(clause.gap(status));
    }

    /** The JSON pointers of the elements the clause needs. */
    @Override
    public List<String> paths() {
        return gap.facts();
    }

    @Override
    public String summary() {
        return "ISO 27001 clause " + gap.clause() + " " + gap.status();
    }
}
