package dev.ismsdecider.server.api;

import dev.ismsdecider.server.DeciderProperties;
import org.springframework.stereotype.Component;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets a few evaluations run at once ({@code decider.concurrent-evaluations}, one per processor and one
 * more unless configured) and the others wait their turn, in order of arrival. An evaluation is CPU work:
 * on two cores, sixteen of them at once finish no sooner than three at a time, but each takes longer, since
 * they share the cores in time slices and evict each other's data from the caches. The gate covers reading
 * the facts, evaluating them and writing the answer as JSON bytes, not the transfer of the request or the
 * answer, so a slow client holds a server thread but no turn.
 */
@Component
final class EvaluationGate {

    private final Semaphore turns;

    EvaluationGate(DeciderProperties properties) {
        this.turns = new Semaphore(properties.evaluationPermits(), true);
    }

    /** Runs {@code work} once a turn is free. */
    <T> T pass(Supplier<T> work) {
        turns.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }
}
