package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.server.api.ApiClient.Answer;
import dev.ismsdecider.server.ServerApplication;
import dev.ismsdecider.evaluation.RuleSetSource;
import dev.ismsdecider.records.ApiKeys;
import dev.ismsdecider.records.Role;
import dev.ismsdecider.records.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static dev.ismsdecider.server.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/ruleset/reload} on a server started with {@code --rules.dir} on a temporary copy of the rules:
 * a good rule set is put in force everywhere, a broken or failing one never is, and evaluations running across a
 * reload all succeed under the old or the new rule set.
 */
class RuleSetReloadTests {

    private static final Path RULES = Path.of("rules");
    private static final Path FAILING_SELF_TEST = Path.of("src/test/resources/rules-failing-on-purpose");
    private static final byte[] PROFILE = read(Path.of("facts-examples/pharma-brownfield.json"));

    @TempDir
    static Path folder;
    private static ConfigurableApplicationContext server;
    private static ApiClient client;
    private static String admin;
    private static String consultant;
    private static String reviewer;

    @BeforeAll
    static void start() {
        install(RULES, "start");
        server = new SpringApplicationBuilder(ServerApplication.class).run("--server.port=0", "--rules.dir=" + folder,
                "--spring.datasource.url=" + TestDatabases.h2());
        client = new ApiClient(Integer.parseInt(server.getEnvironment().getProperty("local.server.port")));
        ApiKeys keys = server.getBean(ApiKeys.class);
        admin = keys.create("acme", Role.ADMIN, "adam").secret();
        consultant = keys.create("acme", Role.CONSULTANT, "ann").secret();
        reviewer = keys.create("acme", Role.REVIEWER, "rita").secret();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Every test starts from a good rule set in force, with no reload error. */
    @BeforeEach
    void goodRuleSetInForce() {
        assertThat(reload(install(RULES, "before-each")).status()).isEqualTo(200);
    }

    @Test
    void aGoodReloadPutsTheNewRuleSetInForceForTheRuleSetAndEveryAssessment() {
        String before = inForce();
        String expected = install(RULES, "a new comment changes the SHA-256");
        assertThat(expected).isNotEqualTo(before);

        Answer answer = reload(expected);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("previous").path("sha256").asText()).isEqualTo(before);
        assertThat(answer.json().path("ruleSet").path("sha256").asText()).isEqualTo(expected);
        assertThat(answer.json().path("changed").asBoolean()).isTrue();
        assertThat(inForce()).isEqualTo(expected);
        assertThat(evaluatedUnder()).isEqualTo(expected);
        JsonNode health = ruleSetHealth();
        assertThat(health.path("details").path("sha256").asText()).isEqualTo(expected);
        assertThat(health.path("details").has("lastReloadError")).isFalse();
    }

    @Test
    void aRuleSetThatDoesNotCompileLeavesTheOldOneAnsweringAndIsShownInHealthUntilAReloadSucceeds() throws IOException {
        String before = inForce();
        Files.writeString(folder.resolve("nr.drl"), "\nrule \"reload test: no such fact type\"\nwhen\n    NoSuchFactType()\nthen\nend\n",
                StandardOpenOption.APPEND);
        int brokenLine = Files.readAllLines(folder.resolve("nr.drl")).indexOf("    NoSuchFactType()") + 1;

        Answer answer = reload(null);

        JsonNode problem = assertProblem(answer, 422);
        assertThat(problem.path("type").asText()).isEqualTo("urn:isms-decider:problem:rule-set-rejected");
        assertThat(problem.path("errors").get(0).path("file").asText()).isEqualTo("nr.drl");
        assertThat(problem.path("errors").get(0).path("line").asInt()).isBetween(brokenLine - 2, brokenLine);
        assertThat(answer.body()).doesNotContain(folder.toString());
        assertThat(inForce()).isEqualTo(before);
        assertThat(evaluatedUnder()).isEqualTo(before);
        JsonNode health = ruleSetHealth();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("details").path("sha256").asText()).isEqualTo(before);
        assertThat(health.path("details").path("lastReloadError").path("at").asText()).isNotBlank();
        assertThat(health.path("details").path("lastReloadError").path("message").asText()).containsPattern("^nr\\.drl:\\d+: ");
        assertThat(client.get("/actuator/health/readiness").json().path("status").asText()).isEqualTo("UP");

        String fixed = install(RULES, "fixed");
        assertThat(reload(fixed).status()).isEqualTo(200);
        assertThat(ruleSetHealth().path("details").has("lastReloadError")).isFalse();
    }

    @Test
    void aRuleSetThatFailsItsSelfTestLeavesTheOldOneAnswering() {
        String before = inForce();
        String failing = install(FAILING_SELF_TEST, null);
        assertThat(failing).isNotEqualTo(before);

        JsonNode problem = assertProblem(reload(null), 422);

        assertThat(problem.path("errors").toString()).contains("facts-examples/pharma-brownfield.json");
        assertThat(inForce()).isEqualTo(before);
        assertThat(evaluatedUnder()).isEqualTo(before);
        assertThat(ruleSetHealth().path("details").path("lastReloadError").path("message").asText())
                .contains("facts-examples/pharma-brownfield.json: the self-test fails on this example");
    }

    @Test
    void evaluationsAcrossReloadsAllSucceedUnderTheOldOrTheNewRuleSet() throws Exception {
        Set<String> good = ConcurrentHashMap.newKeySet();
        good.add(inForce());
        AtomicBoolean reloading = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<List<Answer>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                answers.add(clients.submit(() -> {
                    List<Answer> seen = new ArrayList<>();
                    while (reloading.get() || seen.size() < 5) {
                        seen.add(client.postJson(EvaluationController.PATH, PROFILE));
                    }
                    return seen;
                }));
            }
            for (int i = 0; i < 3; i++) {
                String next = install(RULES, "concurrent " + i);
                good.add(next);
                assertThat(reload(next).status()).isEqualTo(200);
            }
        } finally {
            reloading.set(false);
            clients.shutdown();
        }
        int total = 0;
        for (Future<List<Answer>> client : answers) {
            for (Answer answer : client.get()) {
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                assertThat(good).contains(answer.json().path("ruleSet").path("sha256").asText());
                total++;
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(20);
        assertThat(server.getBean(dev.ismsdecider.server.reload.LiveRuleSet.class).engine().openSessions()).isZero();
    }

    @Test
    void onlyAnAdminKeyMayReload() {
        String before = inForce();
        install(RULES, "not to be loaded by these keys");

        JsonNode none = assertProblem(client.send(client.request(RuleSetReloadController.PATH).POST(HttpRequest.BodyPublishers.noBody()).build()), 401);
        JsonNode asConsultant = assertProblem(post(consultant), 403);
        JsonNode asReviewer = assertProblem(post(reviewer), 403);

        assertThat(none.path("type").asText()).endsWith("key-required");
        assertThat(asConsultant.path("type").asText()).endsWith("role-not-allowed");
        assertThat(asReviewer.path("type").asText()).endsWith("role-not-allowed");
        assertThat(inForce()).isEqualTo(before);
    }

    private static Answer post(String key) {
        return client.send(client.request(RuleSetReloadController.PATH).header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Reloads as ADMIN; when {@code expected} is given, the answer must name it as in force. */
    private static Answer reload(String expected) {
        Answer answer = post(admin);
        if (expected != null) {
            assertThat(answer.json().path("ruleSet").path("sha256").asText()).as(answer.body()).isEqualTo(expected);
        }
        return answer;
    }

    private static String inForce() {
        return client.get("/api/v1/ruleset").json().path("sha256").asText();
    }

    private static String evaluatedUnder() {
        Answer answer = client.postJson(EvaluationController.PATH, PROFILE);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("ruleSet").path("sha256").asText();
    }

    private static JsonNode ruleSetHealth() {
        return client.get("/actuator/health").json().path("components").path("ruleSet");
    }

    /**
     * Replaces the rule folder with a copy of {@code from}, a comment naming {@code marker} (when given) appended to
     * its first rule file so that the SHA-256 differs; returns the SHA-256 of what is now in the folder.
     */
    private static String install(Path from, String marker) {
        try {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).toList()) {
                    Files.delete(p);
                }
            }
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.toList()) {
                    Path to = folder.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
            if (marker != null) {
                Files.writeString(folder.resolve("sc.drl"), "\n// " + marker + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
            return RuleSetSource.fromDirectory(folder).sha256();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
