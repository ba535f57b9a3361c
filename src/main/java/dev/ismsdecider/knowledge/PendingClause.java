package dev.ismsdecider.knowledge;

import dev.ismsdecider.facts.OrganizationProfile.ContractClause;

/** A contract clause whose text has not been classified, so what it requires is not yet known. */
public record PendingClause(int index, ContractClause clause) {

    public String path() {
        return "/contractClauses/" + index + "/text";
    }

    public String label() {
        return clause.id() != null && !clause.id().isBlank() ? clause.id() : "#" + index;
    }
}
