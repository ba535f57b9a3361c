package dev.ismsdecider.evaluation;

import dev.ismsdecider.clauses.ClauseChecker;
import dev.ismsdecider.clauses.Vocabulary;
import dev.ismsdecider.evaluation.kie.CompiledRules;
import dev.ismsdecider.profile.OrganizationProfile;

import java.nio.file.Path;

/**
 * The evaluation core: organisation facts in, assessment out. The rule set becomes one shared,
 * thread-safe KieBase (the packaged one loaded as compiled at build time, any other compiled from its
 * DRL), and its clause vocabulary a shared clause checker; every evaluation runs in its own KIE session,
 * which is always disposed. Knows nothing of HTTP, Spring or the command line.
 */
public final class DecisionEngine {

    private final CompiledRules rules;
    private final RuleSetInfo ruleSet;
    private final RuleSetRef ruleSetRef;
    private final ClauseChecker clauseChecker;
    private volatile EvaluationObserver observer = (assessment, nanos) -> {
    };

    /** Told of every evaluation that completes (a server counts and times them); must be quick and must not throw. */
    @FunctionalInterface
    public interface EvaluationObserver {
        void evaluated(Assessment assessment, long nanos);
    }

    private DecisionEngine(CompiledRules rules, RuleSetSource source, Vocabulary vocabulary) {
        this.rules = rules;
        this.ruleSet = RuleSetInfo.of(source, rules.rules());
        this.ruleSetRef = new RuleSetRef(ruleSet.version(), ruleSet.sha256());
        this.clauseChecker = vocabulary == null ? ClauseChecker.unavailable("the rule set has no clause vocabulary")
                : ClauseChecker.of(vocabulary, rules::readClauses);
    }

    /**
     * The engine over the rule set packaged with the application, loaded as compiled at build time
     * ({@code evaluation.kie.PrecompiledRuleSet}); compiled from its DRL only if what was compiled is not that rule set.
     */
    public static DecisionEngine packaged() {
        RuleSetSource source = RuleSetSource.packaged();
        Vocabulary vocabulary = source.vocabulary();
        return CompiledRules.precompiled(source)
                .map(rules -> new DecisionEngine(rules, source, vocabulary))
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
        return new DecisionEngine(CompiledRules.compile(source), source, vocabulary);
    }

    public RuleSetInfo ruleSet() {
        return ruleSet;
    }

    /** Whether the rules were loaded as compiled at build time, rather than compiled from their DRL here. */
    public boolean precompiled() {
        return rules.precompiled();
    }

    /** The clause checker of this rule set, for checking contract clauses on their own (thread-safe): it runs the reading rules. */
    public ClauseChecker clauseChecker() {
        return clauseChecker;
    }

    /**
     * Evaluates one organisation. Thread-safe; the profile is read, never changed. A rule that fails in its
     * consequence ends it with a {@link RuleFailure}.
     */
    public Assessment evaluate(OrganizationProfile profile) {
        long start = System.nanoTime();
        Assessment assessment = rules.evaluate(profile, clauseChecker, ruleSetRef);
        observer.evaluated(assessment, System.nanoTime() - start);
        return assessment;
    }

    /** Sets the one observer of this engine's evaluations, replacing the previous one. */
    public void observe(EvaluationObserver observer) {
        this.observer = observer;
    }

    /** KIE sessions created and not yet disposed: zero whenever no evaluation is running. */
    public int openSessions() {
        return rules.openSessions();
    }
}
