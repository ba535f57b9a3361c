package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;

import java.util.List;

/**
 * Reads one kind of contract document into its clauses, in document order. A document that cannot be
 * read completely is refused with a {@link ContractFormatException}: never a partial list.
 */
public interface ContractReader {

    List<ContractClause> read(byte[] document);
}
