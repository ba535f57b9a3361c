package dev.ismsdecider.records;

/**
 * The end of a tenant's chain, to be copied somewhere outside the database: with it, a later verification also
 * notices entries removed from the end or a chain rewritten from the start.
 *
 * @param headHash the last entry's hash; 64 zeros while the chain is empty
 */
public record ChainHead(String tenant, long count, String headHash) {
}
