package dev.ismsdecider.evaluation.kie;

import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleSetSource;

import dev.ismsdecider.clauses.ClauseChecker;
import dev.ismsdecider.profile.OrganizationProfile;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The part of an evaluation that is Drools' own, for the engine benchmark: a pooled session of the packaged rule
 * set, the facts inserted as {@link DecisionEngine#evaluate} inserts them (contract clauses read), the rules fired
 * and the session reset. No trace, no assembly: what is left when everything the engine does around the rules is
 * taken away.
 */
public final class RulesAlone {

    private final KieSessionsPool sessions;
    private final ClauseChecker clauseChecker;

    public RulesAlone() {
        RuleSetSource source = RuleSetSource.packaged();
        this.clauseChecker = DecisionEngine.packaged().clauseChecker();
        this.sessions = PrecompiledRuleSet.kieBaseFor(source)
                .orElseThrow(() -> new IllegalStateException("the packaged rule set is not compiled: run ./mvnw compile"))
                .newKieSessionsPool(1);
    }

    /** Fires the rules over one profile; returns how many rules fired. */
    public int fire(OrganizationProfile profile) {
        KieSession session = sessions.newKieSession();
        try {
            FactLoader.insert(profile, clauseChecker, session);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }
}
