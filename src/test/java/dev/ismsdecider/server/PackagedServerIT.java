package dev.ismsdecider.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.Examples;
import dev.ismsdecider.server.api.ApiClient;
import dev.ismsdecider.server.api.ApiClient.Answer;
import dev.ismsdecider.profile.StrictJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged server, started with the command README.md gives (run by Maven's failsafe plugin after the jar,
 * its Spring AOT classes and its class-data archive are built): the JVM uses the archive, Spring starts from
 * the ahead-of-time code, and the answers are those of the evaluation core, errors included, down to a rule set
 * that does not compile. The in-process API tests cover the regular (not AOT) start; this one covers what users
 * run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedServerIT {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private Process server;
    private String consultantKey;
    private Path log;
    private ApiClient client;

    @BeforeAll
    void startTheServerAsReadmeSays() throws Exception {
        log = Files.createTempFile("packaged-server", ".log");
        String records = temporaryRecordsDatabase();
        consultantKey = createKey(records.substring(records.indexOf('=') + 1));
        List<String> command = new ArrayList<>(readmeServeCommand());
        command.add("--server.port=0");
        command.add(records);
        server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        client = new ApiClient(portFromLog());
    }

    @AfterAll
    void stop() throws Exception {
        stop(server, log);
    }

    /** Stops a server started here (if it started) and deletes its log. */
    static void stop(Process server, Path log) throws IOException, InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(log);
    }

    /** {@code keys create} of the packaged jar, on the database the server will use; the key is its last line. */
    private static String createKey(String database) throws IOException, InterruptedException {
        Process keys = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/isms-decider.jar",
                "keys", "create", "--tenant", "packaged", "--role", "CONSULTANT", "--db", database).redirectErrorStream(true).start();
        String output = new String(keys.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keys.waitFor()).as(output).isZero();
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }

    /** The records of a test server go to a temporary folder, not to ./data of the project. */
    private static String temporaryRecordsDatabase() throws IOException {
        return "--spring.datasource.url=jdbc:h2:file:" + Files.createTempDirectory("packaged-server-records").resolve("records");
    }

    /** The README's server command: the line that starts {@code java} and runs {@code serve}, without its comment. */
    static List<String> readmeServeCommand() throws IOException {
        String line = Files.readAllLines(Path.of("README.md")).stream()
                .filter(l -> l.startsWith("java ") && l.contains(" serve"))
                .findFirst().orElseThrow(() -> new AssertionError("README.md gives no `java ... serve` command"));
        String command = line.replaceFirst("\\s+#.*$", "").trim();
        List<String> words = new ArrayList<>(Arrays.asList(command.split("\\s+")));
        words.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return words;
    }

    @Test
    void theCommandUsesTheClassDataArchiveAndTheAheadOfTimeCode() throws IOException {
        List<String> command = readmeServeCommand();
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(command).contains("-XX:SharedArchiveFile=target/isms-decider.jsa", "-Dspring.aot.enabled=true");
        assertThat(Path.of("target/isms-decider.jsa")).as("built by the cds-archive step of the package phase").exists();
        assertThat(output).as("the JVM reports an archive it cannot use on the console").doesNotContain("[cds");
        assertThat(output).contains("Started ServerApplication");
    }

    @Test
    void examplesGetTheirExpectedAssessment() throws IOException {
        for (Path example : Examples.onePerVerdict()) {
            Answer answer = client.postJson("/api/v1/evaluations", Examples.bytes(example));
            ObjectNode actual = (ObjectNode) answer.json();
            actual.remove("ruleSet");
            JsonNode expected = StrictJson.mapper().readTree(Examples.expectedOf(example).toFile());

            assertThat(answer.status()).as(example.toString()).isEqualTo(200);
            assertThat(actual).as(example.toString()).isEqualTo(expected);
        }
    }

    @Test
    void healthDescriptionAndErrorsWorkInAheadOfTimeMode() {
        Answer health = client.get("/actuator/health");
        Answer apiDocs = client.get("/v3/api-docs");
        Answer unknownPath = client.get("/api/v1/nothing-here");
        Answer invalid = client.postJson("/api/v1/evaluations", "{\"scope\": {\"domains\": [\"MOON_BASE\"]}}".getBytes(StandardCharsets.UTF_8));

        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(apiDocs.status()).isEqualTo(200);
        assertThat(apiDocs.json().path("paths").has("/api/v1/evaluations")).isTrue();
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.contentType()).startsWith("application/problem+json");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("errors").get(0).path("path").asText()).isEqualTo("/scope/domains/0");
    }

    @Test
    void recordsAndTheirKeysWorkInAheadOfTimeMode() {
        java.net.http.HttpRequest.Builder store = client.request("/api/v1/assessments").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(Examples.bytes(Path.of("facts-examples/pharma-brownfield.json"))));
        Answer withoutKey = client.send(store.build());
        Answer stored = client.send(store.header("Authorization", "Bearer " + consultantKey).build());
        Answer verified = client.send(client.request("/api/v1/records/verify").header("Authorization", "Bearer " + consultantKey).GET().build());

        assertThat(withoutKey.status()).isEqualTo(401);
        assertThat(withoutKey.contentType()).startsWith("application/problem+json");
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().path("recordedBy").asText()).startsWith("consultant-");
        assertThat(verified.json().path("intact").asBoolean()).isTrue();
    }

    @Test
    void rulesThatDoNotCompileStopAnAheadOfTimeStartWithFileAndLine() throws Exception {
        List<String> command = new ArrayList<>(readmeServeCommand());
        command.addAll(List.of("--server.port=0", "--rules.dir=" + ServerApplicationTests.NOT_COMPILING, temporaryRecordsDatabase()));
        Path output = Files.createTempFile("packaged-server-failing", ".log");
        try {
            Process failing = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();

            assertThat(failing.waitFor(2, TimeUnit.MINUTES)).as("stopped").isTrue();
            assertThat(failing.exitValue()).isEqualTo(ServerApplication.START_FAILED);
            assertThat(Files.readString(output, StandardCharsets.UTF_8))
                    .containsPattern("broken\\.drl:\\d+: .*NoSuchFactType")
                    .doesNotContain("\tat ");
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private int portFromLog() throws IOException, InterruptedException {
        return portFromLog(log, server);
    }

    /** The port a server started with {@code --server.port=0} reports in its log, waiting up to 2 minutes for it. */
    static int portFromLog(Path log, Process server) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            Matcher port = PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (port.find()) {
                return Integer.parseInt(port.group(1));
            }
            assertThat(server.isAlive()).as("server running; it printed:%n%s", Files.readString(log)).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("no port after 2 minutes; the server printed:\n" + Files.readString(log));
    }
}
