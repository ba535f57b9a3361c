package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.Examples;
import dev.ismsdecider.server.api.ApiClient.Answer;
import dev.ismsdecider.evaluation.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description documents every operation, field, enum and error, with the examples of facts-examples/. */
class OpenApiTests extends ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OPERATIONS = List.of(
            "post " + EvaluationController.PATH, "post " + ClauseCheckController.PATH, "get /api/v1/criteria", "get /api/v1/ruleset",
            "get " + MappingController.PATH, "post " + WhatIfController.PATH, "post " + BatchController.PATH,
            // decision records (docs/records.md)
            "post " + AssessmentRecordController.PATH, "get " + AssessmentRecordController.PATH, "get " + AssessmentRecordController.PATH + "/{id}",
            "post " + AssessmentRecordController.PATH + "/{id}/approvals", "get /api/v1/records/verify", "get /api/v1/records/head",
            "post /api/v1/replays", "post " + KeyController.PATH, "get " + KeyController.PATH, "delete " + KeyController.PATH + "/{id}",
            "post " + RuleSetReloadController.PATH);

    private JsonNode apiDocs;

    @BeforeEach
    void fetch() {
        Answer answer = client.get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        apiDocs = answer.json();
    }

    @Test
    void everyOperationOfTheContractIsDescribed() {
        List<String> operations = new ArrayList<>();
        apiDocs.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> operations.add(method + " " + path.getKey())));

        assertThat(operations).containsExactlyInAnyOrderElementsOf(OPERATIONS);
        for (String operation : OPERATIONS) {
            JsonNode described = operation(operation);
            assertThat(described.path("summary").asText()).as(operation).isNotBlank();
            assertThat(described.path("description").asText()).as(operation).isNotBlank();
        }
    }

    @Test
    void everySchemaAndFieldHasADescription() {
        List<String> undescribed = new ArrayList<>();
        apiDocs.path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (schema.getValue().path("description").asText().isBlank()) {
                undescribed.add(schema.getKey());
            }
            schema.getValue().path("properties").fields().forEachRemaining(field -> {
                if (field.getValue().path("description").asText().isBlank()) {
                    undescribed.add(schema.getKey() + "." + field.getKey());
                }
            });
        });

        assertThat(apiDocs.path("components").path("schemas").size()).isGreaterThan(20);
        assertThat(undescribed).isEmpty();
    }

    @Test
    void enumsListTheValuesOfTheCode() {
        JsonNode verdict = apiDocs.path("components").path("schemas").path("Assessment").path("properties").path("verdict");

        List<String> values = new ArrayList<>();
        verdict.path("enum").forEach(v -> values.add(v.asText()));
        assertThat(values).containsExactlyElementsOf(Arrays.stream(Verdict.values()).map(Enum::name).toList());
    }

    @Test
    void everyErrorIsDocumentedAsAProblem() {
        Map<String, List<String>> expected = Map.of(
                "post " + EvaluationController.PATH, List.of("200", "400", "406", "413", "415", "422", "500"),
                "post " + ClauseCheckController.PATH, List.of("200", "400", "406", "413", "415", "422", "500"),
                "get " + MappingController.PATH, List.of("200", "400", "406", "500"),
                "get /api/v1/criteria", List.of("200", "406", "500"),
                "get /api/v1/ruleset", List.of("200", "406", "500"));

        expected.forEach((operation, statuses) -> {
            JsonNode responses = operation(operation).path("responses");
            List<String> documented = new ArrayList<>();
            responses.fieldNames().forEachRemaining(documented::add);
            assertThat(documented).as(operation).containsExactlyElementsOf(statuses);
            statuses.stream().filter(s -> !s.equals("200")).forEach(status -> assertThat(responses.path(status).path("content")
                    .path("application/problem+json").path("schema").path("$ref").asText())
                    .as(operation + " " + status).isEqualTo("#/components/schemas/Problem"));
        });
        JsonNode problem = apiDocs.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.has("errors")).isTrue();
    }

    @Test
    void everyExampleProfileIsARequestExample() throws IOException {
        JsonNode examples = operation("post " + EvaluationController.PATH)
                .path("requestBody").path("content").path("application/json").path("examples");

        List<Path> inputs = Examples.inputs();
        assertThat(examples.size()).isEqualTo(inputs.size());
        for (Path input : inputs) {
            String name = input.getFileName().toString().replaceFirst("\\.json$", "");
            assertThat(examples.path(name).path("value")).as(name).isEqualTo(JSON.readTree(Examples.bytes(input)));
        }
    }

    @Test
    void swaggerUiIsServed() {
        Answer page = client.get("/swagger-ui/index.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
    }

    private JsonNode operation(String operation) {
        String[] methodAndPath = operation.split(" ", 2);
        return apiDocs.path("paths").path(methodAndPath[1]).path(methodAndPath[0]);
    }
}
