package dev.ismsdecider.server.api;

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
import java.nio.file.Path;
import java.util.UUID;

import static dev.ismsdecider.server.api.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** A server that wants a key for the stateless endpoints too, and allows each key three requests an hour. */
@SpringBootTest(classes = ServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"decider.security.require-key-for-stateless=true", "decider.security.rate-limit=3",
                "decider.security.rate-limit-period=1h"})
class LockedDownServerTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeys keys;

    ApiClient client;
    String key;

    @BeforeEach
    void connect() {
        client = new ApiClient(port);
        key = keys.create("locked-" + UUID.randomUUID().toString().substring(0, 8), Role.CONSULTANT, "ann").secret();
    }

    private Answer evaluate(String bearer) {
        HttpRequest.Builder request = client.request("/api/v1/evaluations").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Examples.bytes(Path.of("facts-examples/pharma-brownfield.json"))));
        return client.send((bearer == null ? request : request.header("Authorization", "Bearer " + bearer)).build());
    }

    @Test
    void theStatelessEndpointsWantAKeyWhenConfiguredSo() {
        assertProblem(evaluate(null), 401);
        assertProblem(client.get("/api/v1/criteria"), 401);
        assertThat(evaluate(key).status()).isEqualTo(200);
        assertThat(client.get("/actuator/health").status()).as("health stays open").isEqualTo(200);
    }

    @Test
    void aKeyOverItsRateLimitIsAnswered429WithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(evaluate(key).status()).isEqualTo(200);
        }
        java.net.http.HttpResponse<String> refused = java.net.http.HttpClient.newHttpClient().send(
                client.request("/api/v1/records/head").header("Authorization", "Bearer " + key).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String other = keys.create("locked-other", Role.CONSULTANT, "bea").secret();

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(evaluate(other).status()).as("another key has its own allowance").isEqualTo(200);
    }
}
