package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.server.api.ApiClient.Answer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static dev.ismsdecider.server.api.ProblemAssertions.assertProblem;
import static dev.ismsdecider.server.api.ProblemAssertions.errorPaths;
import static org.assertj.core.api.Assertions.assertThat;

/** Every class of error is an RFC 9457 problem document with its status, over real HTTP. */
class ProblemApiTests extends ServerTest {

    private static final String EVALUATIONS = EvaluationController.PATH;
    /** The default decider.max-body-size, 1 MiB. */
    private static final int LIMIT = 1024 * 1024;

    private Answer post(String json) {
        return client.postJson(EVALUATIONS, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void malformedJsonIs400WithLineAndColumn() {
        JsonNode problem = assertProblem(post("{\n  \"organization\": {\"name\": }\n}"), 400);

        assertThat(problem.path("type").asText()).isEqualTo("urn:isms-decider:problem:malformed-json");
        assertThat(problem.path("detail").asText()).contains("line 2, column");
        assertThat(errorPaths(problem)).containsExactly("");
    }

    @Test
    void emptyBodyIs400() {
        JsonNode problem = assertProblem(post(""), 400);

        assertThat(problem.path("detail").asText()).contains("empty");
    }

    @Test
    void trailingTokensAndDuplicateKeysAre400() {
        assertProblem(post("{} {}"), 400);
        assertProblem(post("{\"ot\": {}, \"ot\": {}}"), 400);
    }

    @Test
    void nestingDeeperThanTheLimitIs400() {
        String deep = "{\"organization\":" + "[".repeat(40) + "]".repeat(40) + "}";

        JsonNode problem = assertProblem(post(deep), 400);

        assertThat(problem.path("detail").asText()).contains("nesting depth exceeds 32 levels");
    }

    @Test
    void numbersAndStringsOverTheLimitsAre400() {
        assertProblem(post("{\"ot\": {\"oldestAssetAgeYears\": " + "1".repeat(30) + "}}"), 400);
        assertProblem(post("{\"organization\": {\"name\": \"" + "x".repeat(200_001) + "\"}}"), 400);
    }

    @Test
    void invalidFactsAre422NamingEveryOffendingPath() {
        String json = """
                {
                  "@class": "java.lang.ProcessBuilder",
                  "organization": { "sector": "PHARMA", "regulated": "yes", "nickname": "Acme" },
                  "scope": { "domains": ["PLANT_OT", null] },
                  "ot": { "oldestAssetAgeYears": 2.5 },
                  "externalExpectations": [ { "party": "Big Pharma", "expects": "ISO_9001" } ]
                }""";

        JsonNode problem = assertProblem(post(json), 422);

        assertThat(problem.path("type").asText()).isEqualTo("urn:isms-decider:problem:invalid-facts");
        assertThat(errorPaths(problem)).containsExactlyInAnyOrder(
                "/@class",
                "/organization/sector",
                "/organization/regulated",
                "/organization/nickname",
                "/scope/domains/1",
                "/ot/oldestAssetAgeYears",
                "/externalExpectations/0/expects");
    }

    @Test
    void polymorphicTypingIsJustAnUnknownProperty() {
        JsonNode problem = assertProblem(post("{\"organization\": {\"@class\": \"java.net.URL\", \"name\": \"x\"}}"), 422);

        assertThat(errorPaths(problem)).containsExactly("/organization/@class");
    }

    @Test
    void contradictingFactsAre422NamingBothPaths() {
        JsonNode problem = assertProblem(post("{\"ot\": {\"present\": false}, \"scope\": {\"domains\": [\"CORPORATE_IT\", \"PLANT_OT\"]}}"), 422);

        assertThat(errorPaths(problem)).containsExactly("/ot/present");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("/scope/domains/1");
    }

    @Test
    void bodyOverTheLimitIs413FromContentLength() {
        JsonNode problem = assertProblem(client.postJson(EVALUATIONS, padded(LIMIT + 1)), 413);

        assertThat(problem.path("type").asText()).isEqualTo("urn:isms-decider:problem:body-too-large");
    }

    @Test
    void bodyOverTheLimitIs413WhileReadingWithoutContentLength() {
        byte[] body = padded(LIMIT + 1);
        HttpRequest chunked = client.request(EVALUATIONS)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        assertProblem(client.send(chunked), 413);
    }

    @Test
    void bodyOfExactlyTheLimitIsRead() {
        Answer answer = client.postJson(EVALUATIONS, padded(LIMIT));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void wrongMediaTypeIs415() {
        HttpRequest text = client.request(EVALUATIONS).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();

        assertProblem(client.send(text), 415);
    }

    @Test
    void unacceptableMediaTypeIs406() {
        HttpRequest html = client.request(EVALUATIONS).header("Content-Type", "application/json").header("Accept", "image/png")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();

        assertProblem(client.send(html), 406);
    }

    @Test
    void unknownPathIs404() {
        assertProblem(client.get("/api/v1/nothing-here"), 404);
        assertProblem(client.postJson("/api/v2/evaluations", "{}".getBytes(StandardCharsets.UTF_8)), 404);
        assertProblem(client.get("/error"), 404);
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(client.get(EVALUATIONS), 405);
        assertProblem(client.send(client.request("/api/v1/criteria").DELETE().build()), 405);
    }

    @Test
    void requestsTomcatRefusesItselfGetAProblemToo() throws IOException {
        String raw = rawRequest("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String[] headAndBody = raw.split("\r\n\r\n", 2);

        assertThat(headAndBody[0]).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json");
        Answer answer = new Answer(400, "application/problem+json", headAndBody[1]);
        assertProblem(answer, 400);
    }

    /** {@code {}} followed by spaces: valid JSON of exactly {@code size} bytes. */
    private static byte[] padded(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[1] = '}';
        return body;
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
