package dev.ismsdecider.server.reload;

import dev.ismsdecider.evaluation.RuleSetRef;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleProblem;
import dev.ismsdecider.evaluation.RuleSetException;
import dev.ismsdecider.evaluation.RuleSetSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reloads the rule set of a running server from the folder its configuration names ({@code --rules.dir}); a caller
 * can trigger a reload but never name a folder. The new rule set is compiled from its DRL and self-tested off to the
 * side while the one in force keeps answering; only if both succeed does {@link LiveRuleSet} switch to it. A rule
 * set that fails leaves the running one in force and is remembered as the last reload error (time, and each problem
 * with file and line) until a reload succeeds. One reload at a time.
 */
public final class RuleSetReload {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetReload.class);

    /** The last reload that failed: when, and every problem with its file (relative to the rule folder) and line. */
    public record Failure(Instant at, List<RuleProblem> problems) {

        public Failure {
            problems = List.copyOf(problems);
        }

        /** One line per problem, as {@code file:line: message}. */
        public String message() {
            return String.join("\n", problems.stream().map(RuleProblem::toString).toList());
        }
    }

    /** A reload that succeeded: the rule set in force before and the one in force now (the same when nothing changed). */
    public record Reloaded(Instant at, RuleSetRef previous, RuleSetRef current, int rules) {

        public boolean changed() {
            return !previous.sha256().equals(current.sha256());
        }
    }

    private final LiveRuleSet live;
    private final Path folder;
    private final Consumer<DecisionEngine> selfTest;
    private final Clock clock;
    private volatile Failure lastFailure;

    /**
     * @param folder   the configured rule folder; {@code null} when the server runs the packaged rules, which
     *                 cannot be reloaded
     * @param selfTest throws a {@link RuleSetException} for an engine that must not be put in force
     */
    public RuleSetReload(LiveRuleSet live, Path folder, Consumer<DecisionEngine> selfTest, Clock clock) {
        this.live = live;
        this.folder = folder;
        this.selfTest = selfTest;
        this.clock = clock;
    }

    /** Whether there is a rule folder to reload from. */
    public boolean available() {
        return folder != null;
    }

    /** The last reload error, until a reload succeeds. */
    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /**
     * Compiles and self-tests the rule folder and puts it in force.
     *
     * @throws IllegalStateException when there is no rule folder ({@link #available()})
     * @throws RuleSetException      when the rule set does not load, compile or pass its self-test; the running one
     *                               stays in force, and the problems (file names relative to the rule folder) become
     *                               {@link #lastFailure()}
     */
    public synchronized Reloaded reload() {
        if (folder == null) {
            throw new IllegalStateException("the server runs the packaged rule set: there is no rule folder to reload");
        }
        RuleSetRef previous = ref(live.engine());
        LiveRuleSet.Active next;
        try {
            RuleSetSource source = RuleSetSource.fromDirectory(folder);
            DecisionEngine engine = DecisionEngine.load(source);
            selfTest.accept(engine);
            next = new LiveRuleSet.Active(engine, source);
        } catch (RuleSetException e) {
            Failure failure = new Failure(clock.instant(), e.problems().stream().map(this::relative).toList());
            lastFailure = failure;
            LOG.warn("Rule-set reload from {} refused, rule set {} stays in force:\n  {}", folder, previous.sha256(),
                    failure.message().replace("\n", "\n  "));
            throw new RuleSetException(failure.problems());
        } catch (RuntimeException e) {
            // not a fault of the rules as written (an unreadable file, say): its message stays in the log
            LOG.warn("Rule-set reload from {} failed, rule set {} stays in force", folder, previous.sha256(), e);
            lastFailure = new Failure(clock.instant(), List.of(new RuleProblem(RuleSetSource.INDEX, 0,
                    "the rule folder could not be read; the server log has the cause")));
            throw new RuleSetException(lastFailure.problems());
        }
        live.install(next);
        lastFailure = null;
        Reloaded reloaded = new Reloaded(clock.instant(), previous, ref(next.engine()), next.engine().ruleSet().rules().size());
        LOG.info("Rule set reloaded from {}: {} (SHA-256 {}) in force, was {} (SHA-256 {})", folder, reloaded.current().version(),
                reloaded.current().sha256(), previous.version(), previous.sha256());
        return reloaded;
    }

    /** A problem as the operator sees it: the rule file by its name in the folder, not the server's path. */
    private RuleProblem relative(RuleProblem problem) {
        String prefix = folder + File.separator;
        return problem.file().startsWith(prefix) ? new RuleProblem(problem.file().substring(prefix.length()), problem.line(), problem.message())
                : problem;
    }

    private static RuleSetRef ref(DecisionEngine engine) {
        return new RuleSetRef(engine.ruleSet().version(), engine.ruleSet().sha256());
    }
}
