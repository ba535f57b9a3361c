package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.Examples;
import dev.ismsdecider.server.api.ApiClient.Answer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 32 clients at once get exactly the answers a sequential run gets, and every KIE session is disposed.
 * The mix holds each example and variants of it with one section left out (other verdicts, other open
 * questions) or made contradictory (422), so that answers crossing between requests would show.
 */
class ConcurrentEvaluationTests extends ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 32;
    private static final int REQUESTS_PER_THREAD = 25;

    @Test
    void thirtyTwoClientsGetTheAnswersOfASequentialRun() throws Exception {
        List<byte[]> bodies = mixedBodies();
        List<Answer> sequential = bodies.stream().map(b -> client.postJson(EvaluationController.PATH, b)).toList();
        assertThat(sequential).extracting(Answer::status).contains(200, 422);
        assertThat(new HashSet<>(sequential.stream().map(Answer::body).toList())).as("distinct answers").hasSizeGreaterThan(2);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> mismatches = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Callable<List<String>> work = () -> {
                start.await();
                List<String> wrong = new ArrayList<>();
                for (int r = 0; r < REQUESTS_PER_THREAD; r++) {
                    int which = (thread + r) % bodies.size();
                    Answer answer = client.postJson(EvaluationController.PATH, bodies.get(which));
                    Answer expected = sequential.get(which);
                    if (answer.status() != expected.status() || !withoutRequestId(answer).equals(withoutRequestId(expected))) {
                        wrong.add("thread " + thread + ", request " + r + ", body " + which + ": " + answer.status());
                    }
                }
                return wrong;
            };
            mismatches.add(pool.submit(work));
        }
        start.countDown();
        List<String> wrong = new ArrayList<>();
        for (Future<List<String>> result : mismatches) {
            wrong.addAll(result.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(wrong).isEmpty();
        assertThat(engine.openSessions()).isZero();
    }

    /** The answer as JSON, without the id a problem document carries of its own request (it differs by design). */
    private static JsonNode withoutRequestId(Answer answer) {
        JsonNode json = answer.json();
        if (json instanceof ObjectNode object) {
            object.remove("requestId");
        }
        return json;
    }

    /** Each example, each example without one of its sections, and each example made contradictory. */
    private static List<byte[]> mixedBodies() {
        List<byte[]> bodies = new ArrayList<>();
        for (Path example : Examples.inputs()) {
            ObjectNode profile = (ObjectNode) read(Examples.bytes(example));
            bodies.add(write(profile));
            profile.fieldNames().forEachRemaining(section -> {
                ObjectNode without = profile.deepCopy();
                without.remove(section);
                bodies.add(write(without));
            });
            ObjectNode contradictory = profile.deepCopy();
            contradictory.putObject("ot").put("present", false).put("brownfield", true);
            bodies.add(write(contradictory));
        }
        return bodies;
    }

    private static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(JsonNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
