package dev.ismsdecider.evaluation.kie;

import dev.ismsdecider.clauses.ClauseChecker;
import dev.ismsdecider.clauses.UnclassifiedClause;
import dev.ismsdecider.profile.Indexed;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.profile.OtSign;
import dev.ismsdecider.profile.OrganizationProfile.ExternalExpectation;
import dev.ismsdecider.evaluation.facts.Evidence;
import dev.ismsdecider.evaluation.facts.Expectation;
import dev.ismsdecider.evaluation.facts.IsmsElement;
import dev.ismsdecider.evaluation.facts.ItOtLink;
import dev.ismsdecider.evaluation.facts.ScopeDomain;
import dev.ismsdecider.evaluation.facts.ScopeSystem;
import dev.ismsdecider.gaps.IsmsGapAnalysis;
import org.kie.api.runtime.rule.EntryPoint;


/**
 * Turns a profile into the facts the rules match: the profile and its sections (absent sections as
 * all-unknown ones), plus one fact per list entry that knows its JSON pointer, and one per mention of a
 * standard in each contract clause as the clause reader finds it; beside them, one fact per ISO 27001 clause of the
 * PA-3 gap analysis (data: the elements each clause needs). This is the only place that knows how the input is laid
 * out; it decides nothing.
 */
public final class FactLoader {

    private FactLoader() {
    }

    /** Inserts the facts, with what the clause checker's reader finds in each contract clause. */
    public static void insert(OrganizationProfile input, ClauseChecker clauses, EntryPoint session) {
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
        Indexed.forEach(profile.contractClauses(), (i, c) -> {
            ClauseChecker.Mentions read = clauses.mentions(i, c);
            read.mentions().forEach(session::insert);
            if (read.unreadable() != null) {
                session.insert(new UnclassifiedClause(i, c, read.unreadable()));
            }
        });
        OtSign.of(profile).forEach(session::insert);
        IsmsElement.of(profile.governance().managementSystem()).forEach(session::insert);
        IsmsGapAnalysis.packaged().clauses().forEach(session::insert);
    }

    private static Expectation expectation(int index, ExternalExpectation e) {
        return new Expectation(e.party(), e.partyKind(), e.expects(), e.iec62443AcceptedInWriting(), e.reference(),
                Evidence.of("/externalExpectations/" + index, e));
    }

}
