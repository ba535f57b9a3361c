package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.server.api.ApiClient.Answer;
import dev.ismsdecider.clauses.documents.ContractFiles;
import dev.ismsdecider.clauses.documents.HostileFiles;
import org.apache.coyote.AbstractProtocol;
import dev.ismsdecider.records.ApiKey;
import dev.ismsdecider.records.ApiKeys;
import dev.ismsdecider.records.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.ismsdecider.server.api.ProblemAssertions.assertProblem;
import static dev.ismsdecider.server.api.ProblemAssertions.errorPaths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a hostile client sends, with the default limits: each refusal is a problem of its own type, nothing internal. */
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestApiTests extends ServerTest {

    private static final String PROBLEM = "urn:isms-decider:problem:";

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    ApiKeys apiKeys;

    @Test
    void multipartWithoutABoundaryIs400OnEveryPathWithoutAStackTrace(CapturedOutput log) {
        for (String path : List.of(ClauseCheckController.PATH, EvaluationController.PATH, "/api/v1/nothing-here", "/actuator/health")) {
            Answer answer = client.send(client.request(path).header("Content-Type", "multipart/form-data")
                    .POST(HttpRequest.BodyPublishers.ofString("--x\r\n\r\n")).build());
            JsonNode problem = assertProblem(answer, 400);
            assertThat(problem.path("type").asText()).as(path).isEqualTo(PROBLEM + "malformed-multipart");
        }
        assertThat(log.getAll()).doesNotContain("\tat org.").doesNotContain("ERROR");
    }

    @Test
    void aDocumentOverTheBodyLimitButUnderTheUploadLimitIsRead() {
        List<String> paragraphs = new java.util.ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            paragraphs.add(i + ". Supplier shall keep records of every change for ten years. " + "x".repeat(3000));
        }
        byte[] text = String.join("\n\n", paragraphs).getBytes(StandardCharsets.UTF_8);
        assertThat(text.length).isGreaterThan(1024 * 1024);
        assertThat(client.upload(ClauseCheckController.PATH, Map.of(), "contract.txt", text).status()).isEqualTo(200);
    }

    @Test
    void anUploadOverTheUploadLimitIs413UploadTooLarge() {
        JsonNode problem = assertProblem(client.upload(ClauseCheckController.PATH, Map.of(), "big.txt", new byte[21 * 1024 * 1024]), 413);
        assertThat(problem.path("type").asText()).isEqualTo(PROBLEM + "upload-too-large");
    }

    @Test
    void aLongFileNameIsRefusedByItsOwnLimit() {
        byte[] contract = "1.1 Supplier shall hold ISO 27001.".getBytes(StandardCharsets.UTF_8);
        JsonNode problem = assertProblem(client.upload(ClauseCheckController.PATH, Map.of(), "n".repeat(450) + ".txt", contract), 422);
        assertThat(problem.path("type").asText()).isEqualTo(PROBLEM + "file-name-too-long");
        assertThat(client.upload(ClauseCheckController.PATH, Map.of(), "n".repeat(250) + ".txt", contract).status()).isEqualTo(200);
    }

    @Test
    void anUnknownPartyKindInAnUploadIs422NamingTheField() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("partyKind", "VENDOR");
        JsonNode problem = assertProblem(client.upload(ClauseCheckController.PATH, fields, "c.txt",
                "1.1 Supplier shall hold ISO 27001.".getBytes(StandardCharsets.UTF_8)), 422);
        assertThat(problem.path("type").asText()).isEqualTo(PROBLEM + "invalid-contract");
        assertThat(errorPaths(problem)).containsExactly("partyKind");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("VENDOR", "CUSTOMER");
    }

    @Test
    void moreClausesThanTheLimitIs413TooManyClauses() {
        String clause = "{\"id\":\"1\",\"text\":\"x\"},";
        String body = "{\"clauses\":[" + clause.repeat(10_001).replaceAll(",$", "") + "]}";
        JsonNode problem = assertProblem(client.postJson(ClauseCheckController.PATH, body.getBytes(StandardCharsets.UTF_8)), 413);
        assertThat(problem.path("type").asText()).isEqualTo(PROBLEM + "too-many-clauses");
        String text = "Supplier shall keep records.\n\n".repeat(10_001);
        assertThat(assertProblem(client.upload(ClauseCheckController.PATH, Map.of(), "c.txt", text.getBytes(StandardCharsets.UTF_8)), 413)
                .path("type").asText()).isEqualTo(PROBLEM + "too-many-clauses");
    }

    @Test
    void hostileDocumentsAreRefusedInOurWords() {
        byte[] bomb = HostileFiles.docxBomb(62L << 20, HostileFiles.Ratio.REPEATED_CLAUSES);
        JsonNode refused = assertProblem(client.upload(ClauseCheckController.PATH, Map.of(), "bomb.docx", bomb), 413);
        assertThat(refused.path("type").asText()).isEqualTo(PROBLEM + "too-many-clauses");
        byte[] markup = HostileFiles.docxBomb(100L << 20, HostileFiles.Ratio.EMPTY_PARAGRAPHS);
        assertThat(assertProblem(client.upload(ClauseCheckController.PATH, Map.of(), "bomb.docx", markup), 422)
                .path("detail").asText()).contains("inflates beyond");
        String xxe = HostileFiles.body("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>").replace("?>", "?>" + HostileFiles.XXE_DTD);
        assertThat(assertProblem(client.upload(ClauseCheckController.PATH, Map.of(), "x.docx",
                HostileFiles.docx(Map.of("word/document.xml", xxe))), 422).path("detail").asText()).contains("declares a DTD");
        assertProblem(client.upload(ClauseCheckController.PATH, Map.of(), "x.docx",
                ContractFiles.docxWithDamagedBody(List.of("1.1 Supplier shall hold ISO 27001."))), 422);
    }

    @Test
    void traceIs405AsAProblem() throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + EvaluationController.PATH))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""), answer.body()), 405);
    }

    @Test
    void theRequestIdIsEchoedInTheHeaderAndTheProblem() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> own = http.send(client.request(EvaluationController.PATH).header("Content-Type", "application/json")
                .header("X-Request-Id", "proxy-42").POST(HttpRequest.BodyPublishers.ofString("{")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(own.headers().firstValue("X-Request-Id")).contains("proxy-42");
        assertThat(own.body()).contains("\"requestId\":\"proxy-42\"");
        HttpResponse<String> fresh = http.send(client.request("/api/v1/nothing-here").header("X-Request-Id", "bad id {}").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String id = fresh.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(fresh.body()).contains("\"requestId\":\"" + id + "\"");
    }

    @Test
    void aClientThatStopsSendingIsDroppedAfterTheDocumented20Seconds() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        assertThat(((AbstractProtocol<?>) tomcat.getConnector().getProtocolHandler()).getConnectionTimeout()).isEqualTo(20_000);
    }

    @Test
    void onlyOurOwnInputExceptionsAreClientErrors() {
        ExceptionHandlerMethodResolver handlers = new ExceptionHandlerMethodResolver(ProblemAdvice.class);
        assertThat(handlers.resolveMethod(new IllegalArgumentException("a bug")).getName()).isEqualTo("unexpected");
        assertThat(handlers.resolveMethod(new NumberFormatException("a bug")).getName()).isEqualTo("unexpected");
        assertThat(handlers.resolveMethod(new dev.ismsdecider.clauses.documents.ContractFormatException("", "x")).getName()).isEqualTo("invalidContract");
    }

    @Test
    void anIllegalArgumentFromOurOwnCodeIsNotTurnedIntoAClientError() {
        // a key whose tenant the server should never have issued: ApiKeys refuses it with an IllegalArgumentException
        ApiKey caller = new ApiKey("key-1", "admin", "not a tenant!", Role.ADMIN, "2026-12-04T00:00:00Z", null);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", KeyController.PATH);
        request.setContent("{\"role\": \"REVIEWER\", \"name\": \"ci\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new KeyController(apiKeys).create(caller, request)).isExactlyInstanceOf(IllegalArgumentException.class);
        // and so it reaches ProblemAdvice's catch-all, a 500 without the message
        assertThat(new ExceptionHandlerMethodResolver(RecordsProblemAdvice.class).resolveMethod(new IllegalArgumentException("a bug"))).isNull();
        assertThat(new ExceptionHandlerMethodResolver(ProblemAdvice.class).resolveMethod(new IllegalArgumentException("a bug")).getName())
                .isEqualTo("unexpected");
    }
}
