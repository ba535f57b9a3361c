package dev.ismsdecider.clauses;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;

/** Rule fact: the clause at {@code index} of the profile's {@code contractClauses} could not be read, and why. */
public record UnclassifiedClause(int index, ContractClause clause, String reason) {

    /** JSON pointer of the clause text. */
    public String path() {
        return "/contractClauses/" + index + "/text";
    }

    /** The question a person must answer instead of the reader. */
    public String question() {
        String party = clause.party() == null || clause.party().isBlank() ? "" : " of " + clause.party();
        return "Clause " + ClauseLabels.label(index, clause) + party + " cannot be read (" + reason + "). Does it require ISO 27001 certification, "
                + "an equivalent ISMS or ISMS evidence? Add its text, or record the answer under externalExpectations.";
    }
}
