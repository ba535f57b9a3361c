package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.server.api.ApiClient.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator of the server relies on: probes, the rule set in health, metrics, access log. */
@ExtendWith(OutputCaptureExtension.class)
@AutoConfigureObservability(tracing = false) // Spring Boot's tests leave metrics out unless asked
class OperationsApiTests extends ServerTest {

    @Test
    void livenessAndReadinessAreSeparateProbes() {
        assertThat(client.get("/actuator/health/liveness").json().path("status").asText()).isEqualTo("UP");
        Answer readiness = client.get("/actuator/health/readiness");
        assertThat(readiness.json().path("status").asText()).isEqualTo("UP");
        assertThat(readiness.json().path("components").has("ruleSet")).as(readiness.body()).isTrue();
    }

    @Test
    void healthNamesTheRuleSetInForce() {
        JsonNode ruleSet = client.get("/actuator/health").json().path("components").path("ruleSet").path("details");
        assertThat(ruleSet.path("version").asText()).isEqualTo(engine.ruleSet().version());
        assertThat(ruleSet.path("sha256").asText()).isEqualTo(engine.ruleSet().sha256()).hasSize(64);
    }

    @Test
    void prometheusCountsEvaluationsByVerdictClauseChecksRefusalsAndSessions() throws IOException {
        client.postJson(EvaluationController.PATH, Files.readAllBytes(Path.of("facts-examples/pharma-brownfield.json")));
        client.postJson(EvaluationController.PATH, "{\"ot\": 1}".getBytes());
        client.postJson(ClauseCheckController.PATH, "{\"clauses\":[{\"text\":\"Supplier shall hold ISO 27001.\"}]}".getBytes());

        Answer metrics = client.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        String text = metrics.body();
        assertThat(count(text, "decider_evaluations_seconds_count\\{verdict=\"COEXIST\"[^}]*\\}")).isGreaterThanOrEqualTo(1);
        assertThat(text).contains("decider_evaluations_seconds_bucket{");
        assertThat(count(text, "decider_clause_checks_total\\{[^}]*source=\"json\"[^}]*\\}")).isGreaterThanOrEqualTo(1);
        assertThat(count(text, "decider_requests_rejected_total\\{[^}]*type=\"urn:isms-decider:problem:invalid-facts\"[^}]*\\}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(count(text, "decider_kie_sessions_open(\\{[^}]*\\})?")).isZero();
    }

    @Test
    void everyRequestIsInTheAccessLogWithItsId(CapturedOutput log) throws InterruptedException {
        client.get("/api/v1/criteria");
        // the line is written once the answer has left, so it may come a moment after the client has it
        Pattern line = Pattern.compile("\\[[0-9a-f-]{36}\\] dev.ismsdecider.access - GET /api/v1/criteria 200 \\d+ ms");
        for (int i = 0; i < 50 && !line.matcher(log.getAll()).find(); i++) {
            Thread.sleep(20);
        }
        assertThat(log.getAll()).containsPattern(line);
    }

    private static double count(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (?<value>[0-9.eE+-]+)$").matcher(metrics);
        assertThat(m.find()).as("%s in%n%s", series, metrics).isTrue();
        return Double.parseDouble(m.group("value"));
    }
}
