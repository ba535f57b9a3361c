package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.Examples;
import dev.ismsdecider.server.api.ApiClient.Answer;
import dev.ismsdecider.server.ServerApplication;
import dev.ismsdecider.records.ApiKeys;
import dev.ismsdecider.records.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import static dev.ismsdecider.server.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every records endpoint over HTTP with API keys of two tenants; {@link H2RecordsApiTests} and
 * {@link PostgresRecordsApiTests} run it against each database.
 */
@SpringBootTest(classes = ServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RecordsApiContract {

    static final byte[] PHARMA = Examples.bytes(Path.of("facts-examples/pharma-brownfield.json"));
    static final String ASSESSMENTS = "/api/v1/assessments";

    @LocalServerPort
    int port;

    @Autowired
    ApiKeys keys;

    ApiClient client;
    String tenant;
    String consultant;
    String reviewer;
    String admin;
    String othersConsultant;
    String othersAdmin;

    @BeforeEach
    void keysForTwoTenants() {
        client = new ApiClient(port);
        tenant = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "globex-" + UUID.randomUUID().toString().substring(0, 8);
        consultant = keys.create(tenant, Role.CONSULTANT, "ann").secret();
        reviewer = keys.create(tenant, Role.REVIEWER, "rita").secret();
        admin = keys.create(tenant, Role.ADMIN, "adam").secret();
        othersConsultant = keys.create(other, Role.CONSULTANT, "olga").secret();
        othersAdmin = keys.create(other, Role.ADMIN, "oscar").secret();
    }

    Answer get(String path, String key) {
        return client.send(with(client.request(path), key).GET().build());
    }

    Answer post(String path, String key, String body) {
        return post(path, key, body.getBytes(StandardCharsets.UTF_8));
    }

    Answer post(String path, String key, byte[] body) {
        return client.send(with(client.request(path), key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    Answer delete(String path, String key) {
        return client.send(with(client.request(path), key).DELETE().build());
    }

    private static HttpRequest.Builder with(HttpRequest.Builder request, String key) {
        return key == null ? request : request.header("Authorization", "Bearer " + key);
    }

    JsonNode stored(String key) {
        Answer answer = post(ASSESSMENTS, key, PHARMA);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    @Test
    void aConsultantStoresAnAssessmentThatCanBeReadAndListed() {
        Answer created = client.send(client.request(ASSESSMENTS).header("Authorization", "Bearer " + consultant)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(PHARMA)).build());
        JsonNode record = created.json();
        Answer stateless = client.postJson("/api/v1/evaluations", PHARMA);

        assertThat(created.status()).isEqualTo(201);
        assertThat(record.path("tenant").asText()).isEqualTo(tenant);
        assertThat(record.path("recordedBy").asText()).isEqualTo("ann");
        assertThat(record.path("inputSha256").asText()).hasSize(64);
        assertThat(record.path("chain").path("seq").asLong()).isEqualTo(1);
        assertThat(record.path("assessment").path("verdict")).isEqualTo(stateless.json().path("verdict"));
        assertThat(record.path("assessment")).isEqualTo(stateless.json());
        Answer read = get(ASSESSMENTS + "/" + record.path("id").asText(), reviewer);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(record);
        JsonNode list = get(ASSESSMENTS + "?organization=Acme%20Pharma%20GmbH&size=5", consultant).json();
        assertThat(list.path("total").asInt()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("id")).isEqualTo(record.path("id"));
    }

    @Test
    void theLocationOfAStoredAssessmentIsTheRecord() throws Exception {
        java.net.http.HttpResponse<String> created = java.net.http.HttpClient.newHttpClient().send(
                client.request(ASSESSMENTS).header("Authorization", "Bearer " + consultant).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(PHARMA)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String location = created.headers().firstValue("Location").orElseThrow();

        assertThat(location).endsWith(ASSESSMENTS + "/" + new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).path("id").asText());
        assertThat(get(location.replaceFirst("^https?://[^/]+", ""), consultant).status()).isEqualTo(200);
    }

    @Test
    void withoutAValidKeyTheAnswerIs401() {
        String revoked = keys.create(tenant, Role.CONSULTANT, "gone").secret();
        String revokedId = keys.list(tenant).stream().filter(k -> k.name().equals("gone")).findFirst().orElseThrow().id();
        keys.revoke(tenant, revokedId);

        assertThat(assertProblem(get(ASSESSMENTS, null), 401).path("type").asText()).endsWith("key-required");
        assertThat(assertProblem(get(ASSESSMENTS, "isd_" + "A".repeat(43)), 401).path("type").asText()).endsWith("key-invalid");
        assertProblem(get(ASSESSMENTS, revoked), 401);
        assertProblem(get(ASSESSMENTS, "not-a-key"), 401);
        assertProblem(client.send(client.request(ASSESSMENTS).header("Authorization", "Basic " + consultant).GET().build()), 401);
        assertProblem(post(ASSESSMENTS, null, PHARMA), 401);
        assertProblem(get("/api/v1/records/verify", null), 401);
        assertProblem(post("/api/v1/replays", null, "{}"), 401);
        assertProblem(get("/api/v1/keys", null), 401);
    }

    @Test
    void aRoleThatMayNotIsAnswered403() {
        String id = stored(consultant).path("id").asText();

        assertProblem(post(ASSESSMENTS, reviewer, PHARMA), 403);
        assertProblem(post(ASSESSMENTS + "/" + id + "/approvals", consultant, "{\"decision\": \"APPROVED\"}"), 403);
        assertProblem(post(ASSESSMENTS + "/" + id + "/approvals", admin, "{\"decision\": \"APPROVED\"}"), 403);
        assertProblem(post("/api/v1/replays", consultant, "{}"), 403);
        assertProblem(get("/api/v1/keys", reviewer), 403);
        assertProblem(post("/api/v1/keys", consultant, "{\"role\": \"ADMIN\"}"), 403);
    }

    @Test
    void anotherTenantSeesNoneOfItThroughAnyEndpoint() {
        JsonNode record = stored(consultant);
        String id = record.path("id").asText();
        post(ASSESSMENTS + "/" + id + "/approvals", reviewer, "{\"decision\": \"APPROVED\"}");
        String ownKeyId = keys.list(tenant).get(0).id();

        JsonNode othersRead = assertProblem(get(ASSESSMENTS + "/" + id, othersConsultant), 404);
        JsonNode noneRead = assertProblem(get(ASSESSMENTS + "/" + UUID.randomUUID(), othersConsultant), 404);
        ((com.fasterxml.jackson.databind.node.ObjectNode) othersRead).remove("instance");
        ((com.fasterxml.jackson.databind.node.ObjectNode) noneRead).remove("instance");
        assertThat(othersRead).as("the same answer as for an id that exists nowhere").isEqualTo(noneRead);
        assertThat(get(ASSESSMENTS, othersConsultant).json().path("total").asInt()).isZero();
        assertProblem(post(ASSESSMENTS + "/" + id + "/approvals", keys.create(othersTenant(), Role.REVIEWER, "x").secret(),
                "{\"decision\": \"REJECTED\"}"), 404);
        assertThat(get("/api/v1/records/head", othersConsultant).json().path("count").asInt()).isZero();
        assertThat(get("/api/v1/records/verify", othersConsultant).json().path("checked").asInt()).isZero();
        assertThat(post("/api/v1/replays", othersAdmin, "{}").json().path("replayed").asInt()).isZero();
        assertThat(get("/api/v1/keys", othersAdmin).json()).extracting(k -> k.path("tenant").asText()).containsOnly(othersTenant());
        assertProblem(delete("/api/v1/keys/" + ownKeyId, othersAdmin), 404);
        assertThat(get(ASSESSMENTS + "/" + id, consultant).json().path("approvals")).hasSize(1);
        assertThat(get("/api/v1/records/head", consultant).json().path("count").asInt()).isEqualTo(2);
    }

    private String othersTenant() {
        return keys.authenticate(othersAdmin).orElseThrow().tenant();
    }

    @Test
    void aReviewerApprovesAndTheRecordShowsItsHistory() {
        String id = stored(consultant).path("id").asText();

        Answer approved = post(ASSESSMENTS + "/" + id + "/approvals", reviewer, "{\"decision\": \"APPROVED\", \"comment\": \"agreed with the board\"}");
        Answer wrong = post(ASSESSMENTS + "/" + id + "/approvals", reviewer, "{\"decision\": \"PERHAPS\"}");
        JsonNode record = get(ASSESSMENTS + "/" + id, consultant).json();

        assertThat(approved.status()).isEqualTo(201);
        assertThat(approved.json().path("recordedBy").asText()).isEqualTo("rita");
        assertThat(approved.json().path("underOlderRuleSet").asBoolean()).isFalse();
        assertThat(ProblemAssertions.errorPaths(assertProblem(wrong, 422))).containsExactly("/decision");
        assertThat(record.path("approvals")).hasSize(1);
        assertThat(record.path("approvals").get(0).path("decision").asText()).isEqualTo("APPROVED");
        assertThat(record.path("approvals").get(0).path("comment").asText()).isEqualTo("agreed with the board");
    }

    @Test
    void verifyAndHeadDescribeTheTenantsChain() {
        stored(consultant);
        JsonNode second = stored(admin);

        JsonNode verify = get("/api/v1/records/verify", reviewer).json();
        JsonNode head = get("/api/v1/records/head", consultant).json();

        assertThat(verify.path("intact").asBoolean()).isTrue();
        assertThat(verify.path("checked").asInt()).isEqualTo(2);
        assertThat(head.path("count").asInt()).isEqualTo(2);
        assertThat(head.path("headHash")).isEqualTo(second.path("chain").path("entryHash")).isEqualTo(verify.path("headHash"));
    }

    @Test
    void aReplayReportsAndRefusesAFolderSentByTheClient() {
        stored(consultant);

        Answer replay = post("/api/v1/replays", reviewer, "");
        Answer folder = post("/api/v1/replays", admin, "{\"rulesDir\": \"/tmp\"}");
        Answer notConfigured = post("/api/v1/replays", admin, "{\"ruleSet\": \"CONFIGURED\"}");

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().path("replayed").asInt()).isEqualTo(1);
        assertThat(replay.json().path("changes")).isEmpty();
        assertThat(ProblemAssertions.errorPaths(assertProblem(folder, 422))).containsExactly("/rulesDir");
        assertThat(ProblemAssertions.errorPaths(assertProblem(notConfigured, 422))).containsExactly("/ruleSet");
        assertThat(get("/api/v1/records/head", consultant).json().path("count").asInt()).isEqualTo(1);
    }

    @Test
    void anAdminCreatesListsAndRevokesKeys() {
        Answer created = post("/api/v1/keys", admin, "{\"role\": \"REVIEWER\", \"name\": \"second reviewer\"}");
        String key = created.json().path("key").asText();
        String id = created.json().path("id").asText();
        Answer list = get("/api/v1/keys", admin);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("tenant").asText()).isEqualTo(tenant);
        assertThat(get("/api/v1/records/head", key).status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(key).doesNotContain("key_hash").doesNotContain("secret");
        assertThat(list.json()).extracting(k -> k.path("name").asText()).contains("second reviewer", "ann", "adam");
        assertThat(ProblemAssertions.errorPaths(assertProblem(post("/api/v1/keys", admin, "{\"role\": \"ROOT\"}"), 422))).containsExactly("/role");
        assertThat(delete("/api/v1/keys/" + id, admin).status()).isEqualTo(204);
        assertProblem(get("/api/v1/records/head", key), 401);
    }

    @Test
    void badInputIsAProblemNamingWhere() {
        Answer invalidFacts = post(ASSESSMENTS, consultant, "{\"scope\": {\"domains\": [\"MOON_BASE\"]}}");
        Answer badVerdict = get(ASSESSMENTS + "?verdict=MAYBE", consultant);
        Answer badDay = get(ASSESSMENTS + "?from=yesterday", consultant);

        assertThat(ProblemAssertions.errorPaths(assertProblem(invalidFacts, 422))).containsExactly("/scope/domains/0");
        assertThat(ProblemAssertions.errorPaths(assertProblem(badVerdict, 422))).containsExactly("verdict");
        assertThat(ProblemAssertions.errorPaths(assertProblem(badDay, 422))).containsExactly("from");
        assertThat(get("/api/v1/records/head", consultant).json().path("count").asInt()).isZero();
    }

    @Test
    void theStatelessEndpointsStayOpenWithoutAKey() {
        Answer open = client.postJson("/api/v1/evaluations", PHARMA);
        Answer withJunkHeader = client.send(client.request("/api/v1/criteria").header("Authorization", "Bearer junk").GET().build());

        assertThat(open.status()).isEqualTo(200);
        assertThat(withJunkHeader.status()).isEqualTo(200);
        assertThat(client.get("/actuator/health").json().path("status").asText()).isEqualTo("UP");
    }
}
