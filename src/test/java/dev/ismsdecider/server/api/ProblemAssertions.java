package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.server.api.ApiClient.Answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What every error answer must be: an RFC 9457 problem document that reveals nothing internal. */
final class ProblemAssertions {

    /** A Java package or class name, a stack frame or an exception type: none may reach a client. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)exception|\\bat [a-z_$][\\w$]*\\.|\\b(java|javax|jakarta|org|com|dev|sun)\\.[a-z]|\\.java\\b|<html");

    private ProblemAssertions() {
    }

    /** Asserts the answer is a problem document with this status, and returns it. */
    static JsonNode assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContainPattern(INTERNALS);
        JsonNode problem = answer.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("type").asText()).isNotBlank();
        return problem;
    }

    /** The JSON pointers of a problem's {@code errors}. */
    static List<String> errorPaths(JsonNode problem) {
        assertThat(problem.path("errors").isArray()).as("errors in %s", problem).isTrue();
        List<String> paths = new ArrayList<>();
        problem.path("errors").forEach(e -> {
            assertThat(e.path("message").asText()).isNotBlank();
            paths.add(e.path("path").asText());
        });
        return paths;
    }
}
