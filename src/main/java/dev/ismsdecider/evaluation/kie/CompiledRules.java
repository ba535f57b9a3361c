package dev.ismsdecider.evaluation.kie;

import dev.ismsdecider.clauses.ClauseChecker;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.clauses.ClauseMention;
import dev.ismsdecider.clauses.MentionReading;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.RuleFailure;
import dev.ismsdecider.evaluation.RuleSetRef;
import dev.ismsdecider.evaluation.RuleSetSource;
import dev.ismsdecider.evaluation.facts.Action;
import dev.ismsdecider.profile.OrganizationProfile;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A rule set as the rule engine holds it: one shared, thread-safe KieBase and a pool of sessions, one clean session
 * per evaluation, always disposed. The only door from the evaluation to KIE ({@code DecisionEngine} is the API).
 */
public final class CompiledRules {

    /** The value of the {@code stage} metadata of the rules that read contract clauses. */
    static final String CLAUSE_READING = "clause-reading";

    private final KieBase kieBase;
    /** Sessions are taken from a pool and reset when disposed: one clean session per evaluation, without building one each time. */
    private final KieSessionsPool sessions;
    private final boolean precompiled;
    private final Deliverables deliverables = Deliverables.packaged();
    private final AtomicInteger openSessions = new AtomicInteger();

    private CompiledRules(KieBase kieBase, boolean precompiled) {
        this.kieBase = kieBase;
        this.precompiled = precompiled;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /** The rules as compiled at build time ({@link PrecompiledRuleSet}), if what was compiled is this rule set. */
    public static Optional<CompiledRules> precompiled(RuleSetSource source) {
        return PrecompiledRuleSet.kieBaseFor(source).map(kieBase -> new CompiledRules(kieBase, true));
    }

    /** The rules compiled here from their DRL; a file that does not compile stops with file, line and message. */
    public static CompiledRules compile(RuleSetSource source) {
        return new CompiledRules(RuleSetCompiler.compile(source), false);
    }

    /** Whether the rules were loaded as compiled at build time, rather than compiled from their DRL here. */
    public boolean precompiled() {
        return precompiled;
    }

    /** Each rule's name and the criterion it names, in no particular order. */
    public List<NamedRule> rules() {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(r -> new NamedRule(r.getName(), RuleMetadata.criterionOf(r))).toList();
    }

    /** A rule by its name and its {@code @criterion}. */
    public record NamedRule(String name, String criterion) {
    }

    /**
     * Evaluates one organisation in a session of its own. A rule whose consequence throws ends the evaluation with a
     * {@link RuleFailure} naming that rule.
     */
    public Assessment evaluate(OrganizationProfile profile, ClauseChecker clauseChecker, RuleSetRef ruleSet) {
        KieSession session = sessions.newKieSession();
        openSessions.incrementAndGet();
        TraceRecorder recorder = new TraceRecorder();
        try {
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
            FactLoader.insert(profile, clauseChecker, session);
            session.fireAllRules();
            List<ClauseFinding> clauseFindings = ClauseChecker.findings(readings(session));
            return AssessmentAssembler.assemble(recorder.standing(), clauseFindings, recorder.trace(), ruleSet, deliverables);
        } catch (ConsequenceException e) {
            Rule rule = e.getRule();
            throw new RuleFailure(rule == null ? null : rule.getName(), e);
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
    public ClauseChecker.Read readClauses(List<ClauseMention> mentions) {
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

    /** KIE sessions created and not yet disposed: zero whenever no evaluation is running. */
    public int openSessions() {
        return openSessions.get();
    }
}
