package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.server.api.ApiClient.Answer;
import dev.ismsdecider.clauses.ClauseCheck;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.StrictJson;
import dev.ismsdecider.mapping.ControlMapping;
import dev.ismsdecider.mapping.MappingFilter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.ismsdecider.server.api.ProblemAssertions.assertProblem;
import static dev.ismsdecider.server.api.ProblemAssertions.errorPaths;
import static org.assertj.core.api.Assertions.assertThat;

/** The clause check (JSON and document upload) and the control mapping over real HTTP, against the core's answers. */
class ClauseAndMappingApiTests extends ServerTest {

    private static final String CLAUSES = """
            {"clauses": [
              {"id": "14.2", "party": "Big Pharma Inc.", "partyKind": "CUSTOMER",
               "text": "Supplier shall maintain a valid ISO/IEC 27001 certificate covering all sites."},
              {"id": "14.3", "text": "ISO 9001 certification is required for the quality system."}
            ]}""";

    private Answer postClauses(String json) {
        return client.postJson(ClauseCheckController.PATH, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void clauseCheckAnswersWhatTheCoreAnswers() {
        Answer answer = postClauses(CLAUSES);
        ClauseCheck expected = engine.clauseChecker().check(List.of(
                new ContractClause("14.2", "Big Pharma Inc.", dev.ismsdecider.profile.PartyKind.CUSTOMER,
                        "Supplier shall maintain a valid ISO/IEC 27001 certificate covering all sites."),
                new ContractClause("14.3", null, null, "ISO 9001 certification is required for the quality system.")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(StrictJson.mapper().valueToTree(expected));
        JsonNode first = answer.json().path("clauseFindings").get(0);
        assertThat(first.path("clauseId").asText()).isEqualTo("14.2");
        assertThat(first.path("kind").asText()).isEqualTo("ISO_27001_CERTIFICATION");
        assertThat(first.path("triggers").get(0).asText()).isEqualTo("NR-1");
    }

    @Test
    void invalidClausesAre422WithTheirPathAndMalformedJsonIs400() {
        JsonNode invalid = assertProblem(postClauses("{\"clauses\": [{\"id\": \"1\", \"partyKind\": \"VENDOR\", \"text\": \"x\"}]}"), 422);
        assertThat(errorPaths(invalid)).containsExactly("/clauses/0/partyKind");
        assertThat(invalid.path("type").asText()).isEqualTo("urn:isms-decider:problem:invalid-contract");

        assertProblem(postClauses("{\"clauses\": [ }"), 400);
        assertThat(errorPaths(assertProblem(postClauses("{}"), 422))).containsExactly("/clauses");
    }

    @Test
    void aTextDocumentUploadIsCutIntoClausesAndChecked() {
        String contract = "14.2 Supplier shall maintain a valid ISO/IEC 27001 certificate.\n\n"
                + "14.3 Certification to ISO/IEC 27001 is not required where the Supplier operates no IT systems for the Customer.\n";
        Answer answer = upload("contract.txt", contract.getBytes(StandardCharsets.UTF_8), "Big Pharma Inc.");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().path("clauseFindings").forEach(f -> ids.add(f.path("clauseId").asText()));
        assertThat(ids).contains("14.2");
        assertThat(answer.json().path("clauseFindings").get(0).path("party").asText()).isEqualTo("Big Pharma Inc.");
    }

    @Test
    void aCorruptDocumentIs422NeverAPartialAnswer() {
        JsonNode problem = assertProblem(upload("contract.pdf", "%PDF-1.7\nthis is not a PDF".getBytes(StandardCharsets.UTF_8), null), 422);

        assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("pdfbox");
    }

    @Test
    void mappingsAreFilteredAsTheCoreFiltersThem() {
        Answer answer = client.get(MappingController.PATH + "?sr=SR%201.1");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(StrictJson.mapper().valueToTree(
                ControlMapping.packaged().select(new MappingFilter(null, "SR 1.1", null, null))));
        assertThat(answer.json().path("count").asInt()).isPositive();
        answer.json().path("pairs").forEach(pair -> assertThat(pair.path("requirement").asText()).isEqualTo("SR 1.1"));
        assertThat(client.get(MappingController.PATH).json().path("count").asInt())
                .isEqualTo(ControlMapping.packaged().pairs().size());
    }

    @Test
    void anUnknownIdInAMappingFilterIs400() {
        JsonNode problem = assertProblem(client.get(MappingController.PATH + "?annexA=A.9.99"), 400);

        assertThat(problem.path("detail").asText()).contains("A.9.99");
        assertProblem(client.get(MappingController.PATH + "?standard=ISO_9001"), 400);
    }

    private Answer upload(String fileName, byte[] content, String party) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("party", party);
        return client.upload(ClauseCheckController.PATH, fields, fileName, content);
    }
}
