package dev.ismsdecider.knowledge;

import dev.ismsdecider.facts.ExpectationKind;
import dev.ismsdecider.facts.PartyKind;

/**
 * What an external party expects, from {@code externalExpectations} or from a classified contract
 * clause. The evidence points at the entry (or the clause text and span) it came from.
 */
public record Expectation(String party, PartyKind partyKind, ExpectationKind expects, Boolean iec62443AcceptedInWriting,
                          String reference, Evidence evidence) implements HasEvidence {

    /** The party's name as a reader should see it. */
    public String partyName() {
        if (party != null && !party.isBlank()) {
            return party;
        }
        return partyKind == null ? "An unnamed party" : "An unnamed " + partyKind.name().toLowerCase().replace('_', ' ');
    }

    /** Where the expectation is written down, for a reader: " (MSA 14.2)" or "". */
    public String where() {
        return reference == null || reference.isBlank() ? "" : " (" + reference + ")";
    }
}
