package dev.ismsdecider.engine;

import dev.ismsdecider.assessment.Assessment;
import dev.ismsdecider.assessment.RuleSetRef;
import dev.ismsdecider.facts.OrganizationProfile;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The evaluation core: organisation facts in, assessment out. The rule set is compiled once into a
 * shared, thread-safe KieBase; every evaluation runs in its own KIE session, which is always disposed.
 * Knows nothing of HTTP, Spring or the command line.
 */
public final class DecisionEngine {

    private final KieBase kieBase;
    private final RuleSetInfo ruleSet;
    private final Deliverables deliverables = Deliverables.packaged();
    private final AtomicInteger openSessions = new AtomicInteger();

    private DecisionEngine(KieBase kieBase, RuleSetInfo ruleSet) {
        this.kieBase = kieBase;
        this.ruleSet = ruleSet;
    }

    /** The engine over the rule set packaged with the application. */
    public static DecisionEngine packaged() {
        return load(RuleSetSource.packaged());
    }

    /** The engine over the rule set in a folder; see {@link RuleSetSource#fromDirectory(Path)}. */
    public static DecisionEngine fromDirectory(Path folder) {
        return load(RuleSetSource.fromDirectory(folder));
    }

    /** Compiles the rule set; a file that does not compile stops here with file, line and message. */
    public static DecisionEngine load(RuleSetSource source) {
        KieBase kieBase = RuleSetCompiler.compile(source);
        return new DecisionEngine(kieBase, RuleSetInfo.of(source, kieBase));
    }

    public RuleSetInfo ruleSet() {
        return ruleSet;
    }

    /** Evaluates one organisation. Thread-safe; the profile is read, never changed. */
    public Assessment evaluate(OrganizationProfile profile) {
        KieSession session = kieBase.newKieSession();
        openSessions.incrementAndGet();
        try {
            TraceRecorder recorder = new TraceRecorder();
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
            FactLoader.insert(profile, session);
            session.fireAllRules();
            List<TraceRecorder.Conclusion> standing = recorder.standing();
            return AssessmentAssembler.assemble(standing, recorder.trace(), new RuleSetRef(ruleSet.version(), ruleSet.sha256()),
                    deliverables, profile);
        } finally {
            session.dispose();
            openSessions.decrementAndGet();
        }
    }

    /** KIE sessions created and not yet disposed: zero whenever no evaluation is running. */
    public int openSessions() {
        return openSessions.get();
    }
}
