package dev.ismsdecider.clauses;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;

/** How a clause is named to a reader. */
final class ClauseLabels {

    private ClauseLabels() {
    }

    /** The clause's id, or its position when it has none: "MSA-14.2" or "#3". */
    static String label(int index, ContractClause clause) {
        return clause.id() != null && !clause.id().isBlank() ? clause.id() : "#" + index;
    }
}
