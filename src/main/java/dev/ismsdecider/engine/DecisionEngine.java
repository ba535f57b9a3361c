package dev.ismsdecider.engine;

import dev.ismsdecider.assessment.Assessment;
import dev.ismsdecider.assessment.RuleSetRef;
import dev.ismsdecider.clauses.ClauseChecker;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.clauses.ClauseMention;
import dev.ismsdecider.clauses.MentionReading;
import dev.ismsdecider.clauses.Vocabulary;
import dev.ismsdecider.facts.OrganizationProfile;
import dev.ismsdecider.knowledge.Action;
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

    /** The value of the {@code stage} metadata of the rules that read contract clauses. */
    static final String CLAUSE_READING = "clause-reading";

    private final KieBase kieBase;
    /** Sessions are taken from a pool and reset when disposed: one clean session per evaluation, without building one each time. */
    private final KieSessionsPool sessions;
    private final RuleSetInfo ruleSet;
    private final ClauseChecker clauseChecker;
    private final Deliverables deliverables = Deliverables.packaged();
    private final AtomicInteger openSessions = new AtomicInteger();
    private final boolean precompiled;
    private volatile EvaluationObserver observer = (assessment, nanos) -> {
    };

    /** Told of every evaluation that completes (a server counts and times them); must be quick and must not throw. */
    @FunctionalInterface
    public interface EvaluationObserver {
        void evaluated(Assessment assessment, long nanos);
    }

    private DecisionEngine(KieBase kieBase, RuleSetInfo ruleSet, Vocabulary vocabulary, boolean precompiled) {
        this.kieBase = kieBase;
        this.precompiled = precompiled;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.ruleSet = ruleSet;
        this.clauseChecker = vocabulary == null ? ClauseChecker.unavailable("the rule set has no clause vocabulary")
                : ClauseChecker.of(vocabulary, this::readClauses);
    }

    /**
     * The engine over the rule set packaged with the application, loaded as compiled at build time
     * ({@link PrecompiledRuleSet}); compiled from its DRL only if what was compiled is not that rule set.
     */
    public static DecisionEngine packaged() {
        RuleSetSource source = RuleSetSource.packaged();
        Vocabulary vocabulary = source.vocabulary();
        return PrecompiledRuleSet.kieBaseFor(source)
                .map(kieBase -> new DecisionEngine(kieBase, RuleSetInfo.of(source, kieBase), vocabulary, true))
                .orElseGet(() -> load(source, vocabulary));
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
        return load(source, source.vocabulary());
    }

    private static DecisionEngine load(RuleSetSource source, Vocabulary vocabulary) {
        KieBase kieBase = RuleSetCompiler.compile(source);
        return new DecisionEngine(kieBase, RuleSetInfo.of(source, kieBase), vocabulary, false);
    }

    public RuleSetInfo ruleSet() {
        return ruleSet;
    }

    /** Whether the rules were loaded as compiled at build time, rather than compiled from their DRL here. */
    public boolean precompiled() {
        return precompiled;
    }

    /** The clause checker of this rule set, for checking contract clauses on their own (thread-safe): it runs the reading rules. */
    public ClauseChecker clauseChecker() {
        return clauseChecker;
    }

    /** Evaluates one organisation. Thread-safe; the profile is read, never changed. */
    public Assessment evaluate(OrganizationProfile profile) {
        long start = System.nanoTime();
        KieSession session = sessions.newKieSession();
        openSessions.incrementAndGet();
        TraceRecorder recorder = new TraceRecorder();
        try {
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
            FactLoader.insert(profile, clauseChecker, session);
            session.fireAllRules();
            List<ClauseFinding> clauseFindings = ClauseChecker.findings(readings(session));
            List<TraceRecorder.Conclusion> standing = recorder.standing();
            Assessment assessment = AssessmentAssembler.assemble(standing, clauseFindings, recorder.trace(),
                    new RuleSetRef(ruleSet.version(), ruleSet.sha256()), deliverables);
            observer.evaluated(assessment, System.nanoTime() - start);
            return assessment;
        } finally {
            // A pooled session is reset on dispose; its listeners would outlive the evaluation, so they go first.
            session.removeEventListener((AgendaEventListener) recorder);
            session.removeEventListener((RuleRuntimeEventListener) recorder);
            session.dispose();
            openSessions.decrementAndGet();
        }
    }

    /**
     * Runs the clause-reading rules (those marked {@code @stage("clause-reading")}) over the mentions of one
     * contract's clauses, in a session of its own, and returns their readings and the actions they ask for.
     */
    private ClauseChecker.Read readClauses(List<ClauseMention> mentions) {
        KieSession session = sessions.newKieSession();
        openSessions.incrementAndGet();
        try {
            mentions.forEach(session::insert);
            session.fireAllRules(match -> CLAUSE_READING.equals(match.getRule().getMetaData().get("stage")));
            List<String> actions = session.getObjects(Action.class::isInstance).stream()
                    .map(o -> ((Action) o).action()).distinct().sorted().toList();
            return new ClauseChecker.Read(readings(session), actions);
        } finally {
            session.dispose();
            openSessions.decrementAndGet();
        }
    }

    private static List<MentionReading> readings(KieSession session) {
        return session.getObjects(MentionReading.class::isInstance).stream().map(MentionReading.class::cast).toList();
    }

    /** Sets the one observer of this engine's evaluations, replacing the previous one. */
    public void observe(EvaluationObserver observer) {
        this.observer = observer;
    }

    /** KIE sessions created and not yet disposed: zero whenever no evaluation is running. */
    public int openSessions() {
        return openSessions.get();
    }
}
