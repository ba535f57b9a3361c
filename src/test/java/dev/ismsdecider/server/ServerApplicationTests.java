package dev.ismsdecider.server;

import dev.ismsdecider.MainProcess;
import dev.ismsdecider.server.api.ApiClient;
import dev.ismsdecider.server.api.ApiClient.Answer;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleSetException;
import dev.ismsdecider.evaluation.RuleSetSource;
import dev.ismsdecider.server.reload.LiveRuleSet;
import dev.ismsdecider.server.reload.RuleSetReload;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up, health and configuration of the server. */
@SpringBootTest(classes = ServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerApplicationTests {

    static final Path NOT_COMPILING = Path.of("src/test/resources/rules-not-compiling");

    @LocalServerPort
    int port;

    @Test
    void healthIsUpWithTheRuleSetLoaded() {
        Answer health = new ApiClient(port).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void actuatorExposesNothingButHealth() {
        ApiClient client = new ApiClient(port);
        for (String endpoint : List.of("/actuator", "/actuator/info", "/actuator/env", "/actuator/beans", "/actuator/metrics")) {
            Answer answer = client.get(endpoint);
            assertThat(answer.status()).as(endpoint).isEqualTo(404);
            assertThat(answer.contentType()).as(endpoint).startsWith("application/problem+json");
        }
    }

    @Test
    void healthIsDownForARuleSetWithoutRules() {
        RuleSetSource none = new RuleSetSource("(none)", "empty", List.of());
        LiveRuleSet empty = new LiveRuleSet(() -> new LiveRuleSet.Active(DecisionEngine.load(none), none));
        RuleSetReload reload = new RuleSetReload(empty, null, engine -> { }, java.time.Clock.systemUTC());

        assertThat(new EngineConfiguration().ruleSetHealthIndicator(empty, reload).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void rulesThatDoNotCompileStopStartUpWithFileLineAndMessage() throws Exception {
        MainProcess.Result result = MainProcess.run(List.of(), "serve", "--server.port=0", "--rules.dir=" + NOT_COMPILING);

        assertThat(result.exitCode()).isEqualTo(ServerApplication.START_FAILED);
        assertThat(result.err())
                .contains("APPLICATION FAILED TO START")
                .containsPattern("broken\\.drl:\\d+: .*NoSuchFactType")
                .doesNotContain("\tat ");
    }

    @Test
    void aRuleSetThatFailsItsSelfTestNeverStarts() throws Exception {
        MainProcess.Result result = MainProcess.run(List.of(), "serve", "--server.port=0",
                "--rules.dir=src/test/resources/rules-failing-on-purpose");

        assertThat(result.exitCode()).isEqualTo(ServerApplication.START_FAILED);
        assertThat(result.err()).contains("APPLICATION FAILED TO START")
                .contains("facts-examples/pharma-brownfield.json: the self-test fails on this example").doesNotContain("\tat ");
    }

    @Test
    void theFailureAnalysisNamesEveryProblem() {
        assertThatThrownBy(() -> DecisionEngine.fromDirectory(NOT_COMPILING)).isInstanceOfSatisfying(RuleSetException.class, e -> {
            FailureAnalysis analysis = new RuleSetFailureAnalyzer().analyze(e, e);
            assertThat(analysis.getDescription()).contains("broken.drl:");
            assertThat(analysis.getAction()).contains("--rules.dir");
        });
    }

    @Test
    void aBlankRulesDirMeansThePackagedRules() {
        assertThat(new DeciderProperties(" ", null, 0).rulesFolder()).isEmpty();
        assertThat(new DeciderProperties("rules", null, 0).rulesFolder()).contains(Path.of("rules"));
    }
}
