package dev.ismsdecider.records;

/** Where an entry sits in its tenant's chain: its number (from 1), the previous entry's hash and its own. */
public record ChainLink(long seq, String prevHash, String entryHash) {
}
