package dev.ismsdecider.records;

/**
 * The result of recomputing a tenant's chain: intact, with the head it arrived at, or broken at the first entry
 * that does not match.
 *
 * @param checked     entries checked and found in order before the breach (all of them when intact)
 * @param headHash    the hash of the last entry found in order
 * @param firstBreach null when intact
 */
public record Verification(String tenant, boolean intact, long checked, String headHash, Breach firstBreach) {

    /** How an entry fails to match. */
    public enum Problem {
        /** its content (or a column that repeats it) is not what was hashed */
        EDITED,
        /** the entry that belongs at this position is gone */
        MISSING,
        /** an entry of the chain stands at the wrong position */
        REORDERED,
        /** an entry that does not link to its predecessor: not written by the chain */
        INSERTED
    }

    /**
     * The first entry that does not match.
     *
     * @param seq    the position in the chain
     * @param id     the entry's id as stored, when it can be read
     * @param detail one sentence saying what does not match
     */
    public record Breach(long seq, String id, Problem problem, String detail) {
    }
}
