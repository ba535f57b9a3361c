package dev.ismsdecider.server.api;

import dev.ismsdecider.server.DeciderProperties;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** No more evaluations run at once than the gate has turns; a waiting one runs as soon as a turn is free. */
class EvaluationGateTests {

    @Test
    void aSecondEvaluationWaitsForTheOnlyTurn() throws Exception {
        EvaluationGate gate = new EvaluationGate(new DeciderProperties(null, null, 1));
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();

        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> gate.pass(() -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            firstRunning.countDown();
            await(releaseFirst);
            running.decrementAndGet();
            return "first";
        }));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> gate.pass(() -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            running.decrementAndGet();
            return "second";
        }));

        Thread.sleep(200);
        assertThat(second).as("waits while the first holds the turn").isNotDone();
        releaseFirst.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(mostAtOnce).hasValue(1);
    }

    @Test
    void unsetMeansOneTurnPerProcessorAndOneMore() {
        assertThat(new DeciderProperties(null, null, 0).evaluationPermits()).isEqualTo(Runtime.getRuntime().availableProcessors() + 1);
        assertThat(new DeciderProperties(null, null, 3).evaluationPermits()).isEqualTo(3);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
