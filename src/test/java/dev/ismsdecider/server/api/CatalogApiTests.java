package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.Examples;
import dev.ismsdecider.server.api.ApiClient.Answer;
import dev.ismsdecider.evaluation.RuleSetInfo;
import dev.ismsdecider.evaluation.RuleSetSource;
import dev.ismsdecider.evaluation.Criterion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/criteria} and {@code GET /api/v1/ruleset} describe the catalog and the rules actually loaded. */
class CatalogApiTests extends ServerTest {

    @Test
    void criteriaListTheWholeCatalogInOrder() {
        JsonNode criteria = ok(client.get("/api/v1/criteria"));

        List<String> ids = new ArrayList<>();
        criteria.forEach(c -> ids.add(c.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(Arrays.stream(Criterion.values()).map(Criterion::id).toList());
        for (JsonNode entry : criteria) {
            Criterion criterion = Criterion.byId(entry.path("id").asText()).orElseThrow();
            assertThat(entry.path("title").asText()).isEqualTo(criterion.title());
            assertThat(entry.path("family").asText()).isEqualTo(criterion.family().name());
            assertThat(entry.path("sourceSection").asText()).isEqualTo(criterion.sourceSection());
        }
    }

    @Test
    void eachLoadedRuleIsListedUnderItsCriterionOnce() {
        JsonNode criteria = ok(client.get("/api/v1/criteria"));

        List<String> listed = new ArrayList<>();
        criteria.forEach(c -> c.path("rules").forEach(r -> listed.add(c.path("id").asText() + " " + r.path("file").asText() + " " + r.path("name").asText())));
        List<String> loaded = engine.ruleSet().rules().stream().map(r -> r.criterion() + " " + r.file() + " " + r.name()).toList();
        assertThat(loaded).isNotEmpty();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(loaded);
    }

    @Test
    void ruleSetIsThePackagedOneWithEveryRuleAndFile() {
        JsonNode ruleSet = ok(client.get("/api/v1/ruleset"));

        RuleSetSource packaged = RuleSetSource.packaged();
        assertThat(ruleSet.path("version").asText()).isEqualTo(packaged.version());
        assertThat(ruleSet.path("sha256").asText()).isEqualTo(packaged.sha256());
        List<String> files = packaged.files().stream().map(f -> f.name()).toList();
        RuleSetInfo loaded = engine.ruleSet();
        assertThat(ruleSet.path("rules")).hasSize(loaded.rules().size());
        ruleSet.path("rules").forEach(rule -> {
            assertThat(rule.path("name").asText()).isNotBlank();
            assertThat(Criterion.byId(rule.path("criterion").asText())).as(rule.toString()).isPresent();
            assertThat(files).contains(rule.path("file").asText());
        });
    }

    @Test
    void anAssessmentNamesTheRuleSetTheEndpointShows() {
        JsonNode ruleSet = ok(client.get("/api/v1/ruleset"));

        JsonNode assessment = ok(client.postJson(EvaluationController.PATH, Examples.bytes(Examples.inputs().get(0))));

        assertThat(assessment.path("ruleSet").path("version")).isEqualTo(ruleSet.path("version"));
        assertThat(assessment.path("ruleSet").path("sha256")).isEqualTo(ruleSet.path("sha256"));
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        return answer.json();
    }
}
