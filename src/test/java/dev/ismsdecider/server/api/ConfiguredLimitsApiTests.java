package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.server.ServerApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static dev.ismsdecider.server.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Each limit is one setting, and changing it changes what the server accepts, on every path it applies to. */
@SpringBootTest(classes = ServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "decider.max-body-size=3MB", "decider.max-upload-size=4KB", "decider.max-file-name-length=12", "decider.max-clauses=3"})
class ConfiguredLimitsApiTests {

    @LocalServerPort
    int port;

    ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient(port);
    }

    @Test
    void aLargerBodyLimitAdmitsALargerJsonBody() {
        String name = "n".repeat(190_000);
        String facts = "{\"organization\":{\"name\":\"" + name + "\"},\"scope\":{\"domains\":[]}," + "\"ot\":{\"present\":true}}";
        String padded = facts + " ".repeat(1_500_000);
        assertThat(client.postJson(EvaluationController.PATH, padded.getBytes(StandardCharsets.UTF_8)).status()).isNotEqualTo(413);
    }

    @Test
    void theUploadLimitIsTheSettingNotSpringsDefault() {
        JsonNode problem = assertProblem(client.upload(ClauseCheckController.PATH, Map.of(), "c.txt", new byte[5 * 1024]), 413);
        assertThat(problem.path("type").asText()).isEqualTo("urn:isms-decider:problem:upload-too-large");
        assertThat(problem.path("detail").asText()).contains("decider.max-upload-size");
    }

    @Test
    void theFileNameAndClauseLimitsAreTheSettings() {
        byte[] clauses = "Supplier shall keep records.\n\n".repeat(4).getBytes(StandardCharsets.UTF_8);
        assertThat(assertProblem(client.upload(ClauseCheckController.PATH, Map.of(), "contract.txt", clauses), 413)
                .path("type").asText()).isEqualTo("urn:isms-decider:problem:too-many-clauses");
        assertThat(assertProblem(client.upload(ClauseCheckController.PATH, Map.of(), "contract-2.txt", new byte[]{'x'}), 422)
                .path("type").asText()).isEqualTo("urn:isms-decider:problem:file-name-too-long");
        String json = "{\"clauses\":[{\"text\":\"a\"},{\"text\":\"b\"},{\"text\":\"c\"},{\"text\":\"d\"}]}";
        assertThat(assertProblem(client.postJson(ClauseCheckController.PATH, json.getBytes(StandardCharsets.UTF_8)), 413)
                .path("type").asText()).isEqualTo("urn:isms-decider:problem:too-many-clauses");
    }
}
