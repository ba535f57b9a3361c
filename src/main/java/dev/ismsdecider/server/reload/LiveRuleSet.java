package dev.ismsdecider.server.reload;

import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleSetSource;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one holder of the rule set a running server answers with. Every door takes the engine from here once per
 * request ({@link #current()} or {@link #engine()}, a single volatile read, no lock) and keeps that engine for the
 * whole request, so a request sees either the old rule set or the new one, never a mix. {@link RuleSetReload}
 * replaces it only with an engine that compiled and passed its self-test. Nothing else may keep a
 * {@link DecisionEngine} across requests.
 * <p>
 * The server creates it before its rule set has loaded (the rule set is a bean Spring initialises in the background,
 * and the context is not ready until it is): the first call to {@link #current()} takes the rule set from
 * {@code atStart}, and nothing asks for it while the server is starting.
 */
public final class LiveRuleSet {

    /** An engine together with the source it was compiled from (what-if reads its thresholds from the DRL). */
    public record Active(DecisionEngine engine, RuleSetSource source) {
    }

    private final Supplier<Active> atStart;
    private volatile Active active;
    private DecisionEngine.EvaluationObserver observer;

    /** The rule set that {@code atStart} gives once it is first needed (see the class comment). */
    public LiveRuleSet(Supplier<Active> atStart) {
        this.atStart = Objects.requireNonNull(atStart);
    }

    /** The rule set in force now, engine and source of the same compilation. */
    public Active current() {
        Active now = active;
        return now != null ? now : first();
    }

    private synchronized Active first() {
        if (active == null) {
            Active loaded = atStart.get();
            if (observer != null) {
                loaded.engine().observe(observer);
            }
            active = loaded;
        }
        return active;
    }

    /** The engine in force now; take it once per request. */
    public DecisionEngine engine() {
        return current().engine();
    }

    /** Sets the one observer of every evaluation, on the engine in force and on each that replaces it. */
    public synchronized void observe(DecisionEngine.EvaluationObserver observer) {
        this.observer = observer;
        if (active != null) {
            active.engine().observe(observer);
        }
    }

    /** Puts {@code next} in force; requests already running finish on the engine they took. */
    synchronized void install(Active next) {
        if (observer != null) {
            next.engine().observe(observer);
        }
        active = next;
    }
}
