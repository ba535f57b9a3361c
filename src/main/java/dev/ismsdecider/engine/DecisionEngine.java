package dev.ismsdecider.engine;

import dev.ismsdecider.assessment.Assessment;
import dev.ismsdecider.assessment.RuleSetRef;
import dev.ismsdecider.clauses.ClauseChecker;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.facts.OrganizationProfile;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The evaluation core: organisation facts in, assessment out. The rule set becomes one shared,
 * thread-safe KieBase (the packaged one loaded as compiled at build time, any other compiled from its
 * DRL), and its clause vocabulary a shared clause checker; every evaluation runs in its own KIE session,
 * which is always disposed. Knows nothing of HTTP, Spring or the command line.
 */
public final class DecisionEngine {

    private final KieBase kieBase;
    /** Sessions are taken from a pool and reset when disposed: one clean session per evaluation, without building one each time. */
    private final KieSessionsPool sessions;
    private final RuleSetInfo ruleSet;
    private final ClauseChecker clauseChecker;
    private final Deliverables deliverables = Deliverables.packaged();
    private final AtomicInteger openSessions = new AtomicInteger();
    private final boolean precompiled;

    private DecisionEngine(KieBase kieBase, RuleSetInfo ruleSet, ClauseChecker clauseChecker, boolean precompiled) {
        this.kieBase = kieBase;
        this.precompiled = precompiled;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.ruleSet = ruleSet;
        this.clauseChecker = clauseChecker;
    }

    /**
     * The engine over the rule set packaged with the application, loaded as compiled at build time
     * ({@link PrecompiledRuleSet}); compiled from its DRL only if what was compiled is not that rule set.
     */
    public static DecisionEngine packaged() {
        RuleSetSource source = RuleSetSource.packaged();
        ClauseChecker clauseChecker = source.clauseChecker();
        return PrecompiledRuleSet.kieBaseFor(source)
                .map(kieBase -> new DecisionEngine(kieBase, RuleSetInfo.of(source, kieBase), clauseChecker, true))
                .orElseGet(() -> load(source, clauseChecker));
    }

    /** The engine over the rule set in a folder; see {@link RuleSetSource#fromDirectory(Path)}. */
    public static DecisionEngine fromDirectory(Path folder) {
        return load(RuleSetSource.fromDirectory(folder));
    }

    /** The engine over the rule set in {@code folder}, or the packaged one when no folder is given ({@code null}). */
    public static DecisionEngine packagedOr(Path folder) {
        return folder == null ? packaged() : fromDirectory(folder);
    }

    /**
     * Compiles the rule set from its DRL and loads its clause vocabulary; a file that does not compile, or
     * a vocabulary entry that does not check, stops here with file, line or entry, and message.
     */
    public static DecisionEngine load(RuleSetSource source) {
        return load(source, source.clauseChecker());
    }

    private static DecisionEngine load(RuleSetSource source, ClauseChecker clauseChecker) {
        KieBase kieBase = RuleSetCompiler.compile(source);
        return new DecisionEngine(kieBase, RuleSetInfo.of(source, kieBase), clauseChecker, false);
    }

    public RuleSetInfo ruleSet() {
        return ruleSet;
    }

    /** Whether the rules were loaded as compiled at build time, rather than compiled from their DRL here. */
    public boolean precompiled() {
        return precompiled;
    }

    /** The clause checker of this rule set, for checking contract clauses on their own (thread-safe). */
    public ClauseChecker clauseChecker() {
        return clauseChecker;
    }

    /** Evaluates one organisation. Thread-safe; the profile is read, never changed. */
    public Assessment evaluate(OrganizationProfile profile) {
        KieSession session = sessions.newKieSession();
        openSessions.incrementAndGet();
        TraceRecorder recorder = new TraceRecorder();
        try {
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
            List<ClauseFinding> clauseFindings = FactLoader.insert(profile, clauseChecker, session);
            session.fireAllRules();
            List<TraceRecorder.Conclusion> standing = recorder.standing();
            return AssessmentAssembler.assemble(standing, clauseFindings, recorder.trace(),
                    new RuleSetRef(ruleSet.version(), ruleSet.sha256()), deliverables);
        } finally {
            // A pooled session is reset on dispose; its listeners would outlive the evaluation, so they go first.
            session.removeEventListener((AgendaEventListener) recorder);
            session.removeEventListener((RuleRuntimeEventListener) recorder);
            session.dispose();
            openSessions.decrementAndGet();
        }
    }

    /** KIE sessions created and not yet disposed: zero whenever no evaluation is running. */
    public int openSessions() {
        return openSessions.get();
    }
}
