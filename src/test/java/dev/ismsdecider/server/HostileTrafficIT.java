package dev.ismsdecider.server;

import dev.ismsdecider.Examples;
import dev.ismsdecider.server.api.ApiClient;
import dev.ismsdecider.server.api.ApiClient.Answer;
import dev.ismsdecider.clauses.documents.HostileFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault test: the packaged server started as README.md says ({@code -Xmx256m}), four clients sending
 * ordinary evaluations while three others upload zip bombs, XXE documents and inflating PDFs again and
 * again. Every ordinary request must succeed, every hostile one be refused with a 4xx problem, and the
 * server must still be up and healthy at the end (the issue's account: two or three such uploads at once
 * ran the server out of memory and left it answering nothing).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTrafficIT {

    private static final int ORDINARY_CLIENTS = 4;
    private static final int HOSTILE_CLIENTS = 3;
    private static final int ROUNDS = 5;

    private Process server;
    private Path log;
    private ApiClient client;

    @BeforeAll
    void start() throws Exception {
        log = Files.createTempFile("hostile-traffic", ".log");
        List<String> command = new ArrayList<>(PackagedServerIT.readmeServeCommand());
        command.add("--server.port=0");
        server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        client = new ApiClient(PackagedServerIT.portFromLog(log, server));
    }

    @AfterAll
    void stop() throws Exception {
        PackagedServerIT.stop(server, log);
    }

    @Test
    void ordinaryTrafficSucceedsWhileHostileUploadsAreRefused() throws Exception {
        List<byte[]> hostile = hostileDocuments();
        List<byte[]> ordinary = Examples.inputs().stream().map(Examples::bytes).toList();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger ordinaryAnswered = new AtomicInteger();
        AtomicInteger hostileRefused = new AtomicInteger();
        AtomicInteger hostileRunning = new AtomicInteger(HOSTILE_CLIENTS);
        ExecutorService pool = Executors.newFixedThreadPool(ORDINARY_CLIENTS + HOSTILE_CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < HOSTILE_CLIENTS; c++) {
            int offset = c;
            clients.add(pool.submit(() -> {
                try {
                    for (int round = 0; round < ROUNDS; round++) {
                        byte[] document = hostile.get((round + offset) % hostile.size());
                        Answer answer = client.upload("/api/v1/clauses/check", Map.of(), "upload.docx", document);
                        if (answer.status() < 400 || answer.status() >= 500 || !answer.contentType().startsWith("application/problem+json")) {
                            failures.add("hostile upload answered " + answer.status() + ": " + answer.body());
                        } else {
                            hostileRefused.incrementAndGet();
                        }
                    }
                } finally {
                    hostileRunning.decrementAndGet();
                }
            }));
        }
        for (int c = 0; c < ORDINARY_CLIENTS; c++) {
            int offset = c;
            clients.add(pool.submit(() -> {
                for (int i = offset; hostileRunning.get() > 0 || i < offset + 20; i++) {
                    Answer answer = client.postJson("/api/v1/evaluations", ordinary.get(i % ordinary.size()));
                    if (answer.status() != 200) {
                        failures.add("ordinary evaluation answered " + answer.status() + ": " + answer.body());
                    } else {
                        ordinaryAnswered.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> each : clients) {
            each.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(failures).as("server log:%n%s", tail()).isEmpty();
        assertThat(hostileRefused.get()).isEqualTo(HOSTILE_CLIENTS * ROUNDS);
        assertThat(ordinaryAnswered.get()).isGreaterThanOrEqualTo(ORDINARY_CLIENTS * 20);
        assertThat(server.isAlive()).isTrue();
        assertThat(client.get("/actuator/health").json().path("status").asText()).isEqualTo("UP");
        assertThat(client.get("/actuator/health/liveness").json().path("status").asText()).isEqualTo("UP");
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).doesNotContain("OutOfMemoryError");
    }

    private static List<byte[]> hostileDocuments() {
        String xxe = HostileFiles.body("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>").replace("?>", "?>" + HostileFiles.XXE_DTD);
        byte[] spaces = new byte[100 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        String[] inflatingPdf = HostileFiles.onePage("3 0 R", "", "");
        inflatingPdf[3] = HostileFiles.flateStream("", spaces);
        return List.of(
                HostileFiles.docxBomb(62L << 20, HostileFiles.Ratio.REPEATED_CLAUSES),
                HostileFiles.docxBomb(100L << 20, HostileFiles.Ratio.EMPTY_PARAGRAPHS),
                HostileFiles.lyingAboutSize(HostileFiles.docxBomb(100L << 20, HostileFiles.Ratio.EMPTY_PARAGRAPHS), 1000),
                HostileFiles.docx(Map.of("word/document.xml", xxe)),
                HostileFiles.pdf(inflatingPdf));
    }

    private String tail() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (java.io.IOException e) {
            return "(log unreadable)";
        }
    }
}
