package dev.ismsdecider.records;

import dev.ismsdecider.records.Verification.Breach;
import dev.ismsdecider.records.Verification.Problem;

import java.io.IOException;
import java.util.Optional;

/**
 * One verification of a tenant's chain, fed its rows in order of position. Each row is checked against its own hash
 * first, then against the row before it; when the link breaks, the rows around it tell which of the four kinds of
 * tampering it is, so that the entry named is the one that was touched.
 */
final class ChainWalk {

    /** Finds the position of another row whose previous hash is the given one. */
    interface Successors {
        Optional<Long> positionLinkingTo(String tenant, String prevHash, long except);
    }

    private final String tenant;
    private final Successors successors;
    private long expectedSeq = 1;
    private String prevHash = Hashes.GENESIS;
    private String prevPrevHash;
    private String prevId;
    private Breach breach;

    ChainWalk(String tenant, Successors successors) {
        this.tenant = tenant;
        this.successors = successors;
    }

    /** A row as verification reads it: its position, its columns, its entry as the UTF-8 bytes stored, its hashes. */
    record Stored(long seq, Chain.Columns columns, byte[] entry, String prevHash, String entryHash) {
    }

    /**
     * What can be checked of a row on its own, without the rows before it: its fields (null when unreadable) and
     * whether its content has the hash recorded for it. Rows are examined in parallel, then accepted in order.
     */
    record Examined(Stored row, EntryFields fields, boolean hashMatches) {
    }

    static Examined examine(Stored row) {
        EntryFields fields;
        try {
            fields = EntryFields.read(row.entry());
        } catch (IOException e) {
            fields = null;
        }
        return new Examined(row, fields, Hashes.entryHash(row.prevHash(), row.entry()).equals(row.entryHash()));
    }

    /** Checks the next row; false once a breach is found (the walk then stops). */
    boolean accept(Examined examined) {
        Stored row = examined.row();
        breach = check(examined);
        if (breach != null) {
            return false;
        }
        prevPrevHash = prevHash;
        prevHash = row.entryHash();
        prevId = row.columns().id();
        expectedSeq++;
        return true;
    }

    Verification result() {
        return new Verification(tenant, breach == null, expectedSeq - 1, prevHash, breach);
    }

    private Breach check(Examined examined) {
        Stored row = examined.row();
        if (row.seq() != expectedSeq) {
            return new Breach(expectedSeq, null, Problem.MISSING,
                    "entry " + expectedSeq + " is missing: the chain goes on with entry " + row.seq());
        }
        EntryFields entry = examined.fields();
        if (entry == null) {
            return edited(row, "its entry is no longer JSON with the fields every entry has");
        }
        if (!examined.hashMatches()) {
            return edited(row, "its content does not have the hash recorded for it");
        }
        long ownSeq = entry.seq();
        if (!row.prevHash().equals(prevHash)) {
            return brokenLink(row, ownSeq);
        }
        if (ownSeq != row.seq() || !tenant.equals(entry.tenant())) {
            return new Breach(row.seq(), row.columns().id(), Problem.REORDERED,
                    "position " + row.seq() + " holds an entry written as entry " + ownSeq + " of tenant " + entry.tenant());
        }
        Chain.Columns fromEntry = entry.columns();
        return Chain.disagreeingColumn(row.columns(), fromEntry)
                .map(column -> edited(row, "its column " + column + " does not say what the hashed entry says"))
                .orElse(null);
    }

    /** The row does not link to the one before it: an entry inserted, moved or deleted (with the rest renumbered). */
    private Breach brokenLink(Stored row, long ownSeq) {
        if (row.prevHash().equals(prevPrevHash)) {
            return new Breach(row.seq() - 1, prevId, Problem.INSERTED,
                    "entry " + (row.seq() - 1) + " does not belong to the chain: entry " + row.seq() + " links to the entry before it");
        }
        Optional<Long> belongsHere = successors.positionLinkingTo(tenant, prevHash, row.seq());
        if (belongsHere.isPresent()) {
            return new Breach(row.seq(), row.columns().id(), Problem.REORDERED,
                    "position " + row.seq() + " holds entry " + ownSeq + "; the entry that belongs here stands at position " + belongsHere.get());
        }
        if (ownSeq > row.seq()) {
            return new Breach(row.seq(), null, Problem.MISSING,
                    "entry " + row.seq() + " is missing: the entries after it were renumbered");
        }
        return new Breach(row.seq(), row.columns().id(), Problem.INSERTED,
                "entry " + row.seq() + " does not link to the entry before it: it was not written by the chain");
    }

    private static Breach edited(Stored row, String why) {
        return new Breach(row.seq(), row.columns().id(), Problem.EDITED, "entry " + row.seq() + " was edited: " + why);
    }
}
