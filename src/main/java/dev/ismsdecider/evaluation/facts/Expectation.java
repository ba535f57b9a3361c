package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.profile.ExpectationKind;
import dev.ismsdecider.profile.PartyKind;

import java.util.List;

/**
 * What an external party expects, from {@code externalExpectations} or from a contract clause the reading
 * rules read as binding. The evidence points at the entry (or the clause text and span) it came from. Traced
 * because a rule derives it from a clause, and the trace shows how each clause was read.
 * {@code iec62443AcceptedFor} is the part of the scope for which the party accepts IEC 62443 in writing ("for
 * the plant networks"), or null when it accepts it for none or for all.
 */
public record Expectation(String party, PartyKind partyKind, ExpectationKind expects, Boolean iec62443AcceptedInWriting,
                          String iec62443AcceptedFor, String reference, Evidence evidence) implements HasEvidence, Traced {

    /** An expectation whose acceptance of IEC 62443, if any, is not limited to part of the scope. */
    public Expectation(String party, PartyKind partyKind, ExpectationKind expects, Boolean iec62443AcceptedInWriting,
                       String reference, Evidence evidence) {
        this(party, partyKind, expects, iec62443AcceptedInWriting, null, reference, evidence);
    }

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

    @Override
    public List<String> paths() {
        return List.of(evidence.path());
    }

    @Override
    public String summary() {
        return partyName() + " expects " + expects + where()
                + (Boolean.TRUE.equals(iec62443AcceptedInWriting) ? ", IEC 62443 accepted in writing" : "")
                + (iec62443AcceptedFor == null ? "" : ", IEC 62443 accepted " + iec62443AcceptedFor);
    }
}
