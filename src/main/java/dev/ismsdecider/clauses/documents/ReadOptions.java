package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.profile.PartyKind;

/**
 * What every contract reader is given: the party of a document that does not name one (text, PDF,
 * DOCX; either may be null), and the limits beyond which a document is refused.
 */
public record ReadOptions(String party, PartyKind partyKind, DocumentLimits limits) {

    /** No party named, default limits. */
    public static final ReadOptions DEFAULT = new ReadOptions(null, null, DocumentLimits.DEFAULT);

    Paragraphs paragraphs() {
        return new Paragraphs(party, partyKind, limits);
    }
}
