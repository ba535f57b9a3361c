package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.server.api.ApiClient.Answer;
import dev.ismsdecider.server.ServerApplication;
import dev.ismsdecider.server.reload.LiveRuleSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;

import static dev.ismsdecider.server.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An error nobody planned for, provoked on purpose by a rule set (loaded with {@code --rules.dir}) whose
 * rule throws: the client gets a plain 500 problem, and the KIE session is still disposed.
 */
@SpringBootTest(classes = ServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        args = {"--rules.dir=src/test/resources/rules-failing-on-purpose", "--decider.rules-self-test=false"})
class UnexpectedErrorTests {

    @LocalServerPort
    int port;

    @Autowired
    LiveRuleSet live;

    @Test
    void theRuleSetOfRulesDirIsLoaded() {
        Answer answer = new ApiClient(port).get("/api/v1/ruleset");

        assertThat(answer.json().path("version").asText()).isEqualTo("fails-on-purpose-1");
    }

    @Test
    void aFailingRuleIsAPlain500WithNothingInternal() {
        Answer answer = new ApiClient(port).postJson(EvaluationController.PATH, "{}".getBytes(StandardCharsets.UTF_8));

        JsonNode problem = assertProblem(answer, 500);
        assertThat(problem.path("type").asText()).isEqualTo("urn:isms-decider:problem:internal-error");
        assertThat(answer.body()).doesNotContain("provoked", "SecretInternals", "FailOnPurpose", "IllegalState");
        assertThat(live.engine().openSessions()).isZero();
    }
}
