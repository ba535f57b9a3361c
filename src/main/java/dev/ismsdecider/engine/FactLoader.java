package dev.ismsdecider.engine;

import dev.ismsdecider.clauses.ClassifiedClause;
import dev.ismsdecider.clauses.ClauseChecker;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.clauses.UnclassifiedClause;
import dev.ismsdecider.facts.Indexed;
import dev.ismsdecider.facts.OrganizationProfile;
import dev.ismsdecider.facts.OtSign;
import dev.ismsdecider.facts.OrganizationProfile.ExternalExpectation;
import dev.ismsdecider.knowledge.Evidence;
import dev.ismsdecider.knowledge.Expectation;
import dev.ismsdecider.knowledge.IsmsElement;
import dev.ismsdecider.knowledge.ItOtLink;
import dev.ismsdecider.knowledge.ScopeDomain;
import dev.ismsdecider.knowledge.ScopeSystem;
import org.kie.api.runtime.rule.EntryPoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a profile into the facts the rules match: the profile and its sections (absent sections as
 * all-unknown ones), plus one fact per list entry that knows its JSON pointer, and one per finding of
 * each contract clause as the clause checker reads it. This is the only place that knows how the input
 * is laid out; it decides nothing.
 */
final class FactLoader {

    private FactLoader() {
    }

    /** Inserts the facts and returns the clause findings, in clause order and then text order. */
    static List<ClauseFinding> insert(OrganizationProfile input, ClauseChecker clauses, EntryPoint session) {
        OrganizationProfile profile = input.withEmptySections();
        session.insert(profile);
        session.insert(profile.organization());
        session.insert(profile.scope());
        session.insert(profile.ot());
        session.insert(profile.certification());
        session.insert(profile.governance());
        Indexed.forEach(profile.scope().domains(), (i, d) -> session.insert(new ScopeDomain(i, d)));
        Indexed.forEach(profile.scope().systems(), (i, s) -> session.insert(new ScopeSystem(i, s)));
        Indexed.forEach(profile.ot().itOtInterfaces(), (i, l) -> session.insert(new ItOtLink(i, l)));
        Indexed.forEach(profile.externalExpectations(), (i, e) -> session.insert(expectation(i, e)));
        List<ClauseFinding> clauseFindings = new ArrayList<>();
        Indexed.forEach(profile.contractClauses(), (i, c) -> {
            ClauseChecker.Result read = clauses.read(c);
            read.findings().forEach(f -> session.insert(new ClassifiedClause(i, c, f)));
            clauseFindings.addAll(read.findings());
            if (!read.readable()) {
                session.insert(new UnclassifiedClause(i, c, read.unreadable()));
            }
        });
        OtSign.of(profile).forEach(session::insert);
        IsmsElement.of(profile.governance().managementSystem()).forEach(session::insert);
        return List.copyOf(clauseFindings);
    }

    private static Expectation expectation(int index, ExternalExpectation e) {
        return new Expectation(e.party(), e.partyKind(), e.expects(), e.iec62443AcceptedInWriting(), e.reference(),
                Evidence.of("/externalExpectations/" + index, e));
    }

}
