package dev.ismsdecider.server.api;

import dev.ismsdecider.Examples;
import dev.ismsdecider.soa.StatementOfApplicability;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/evaluations} answering with the memo or the workbook when the client asks for them; JSON otherwise. */
class MemoApiTests extends ServerTest {

    private static final byte[] PHARMA = Examples.bytes(Path.of("facts-examples/pharma-brownfield.json"));

    private HttpResponse<byte[]> post(String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = client.request(EvaluationController.PATH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PHARMA));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void acceptPdfGetsTheMemo() throws Exception {
        HttpResponse<byte[]> response = post("application/pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Acme Pharma GmbH");
        }
    }

    @Test
    void acceptHtmlGetsTheMemoAsAPage() throws Exception {
        HttpResponse<byte[]> response = post("text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("Verdict: Keep ISO 27001");
    }

    @Test
    void acceptSpreadsheetGetsTheSoaWorkbook() throws Exception {
        HttpResponse<byte[]> response = post(StatementOfApplicability.MEDIA_TYPE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(StatementOfApplicability.MEDIA_TYPE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(93);
        }
    }

    @Test
    void jsonStaysTheDefault() throws Exception {
        for (String accept : new String[]{null, "*/*", "application/json", "application/*"}) {
            HttpResponse<byte[]> response = post(accept);

            assertThat(response.statusCode()).as("Accept %s", accept).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as("Accept %s", accept).startsWith("application/json");
        }
    }

    @Test
    void invalidFactsAreAProblemDocumentWhateverWasAccepted() throws Exception {
        HttpRequest request = client.request(EvaluationController.PATH).header("Content-Type", "application/json")
                .header("Accept", "application/pdf").POST(HttpRequest.BodyPublishers.ofString("{\"ot\": {\"present\": \"yes\"}}")).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("/ot/present");
    }

    @Test
    void theOpenApiDescriptionListsEveryTypeTheEvaluationAnswersWith() {
        com.fasterxml.jackson.databind.JsonNode post = client.get("/v3/api-docs").json().path("paths").path(EvaluationController.PATH).path("post");
        java.util.List<String> types = new java.util.ArrayList<>();
        post.path("responses").path("200").path("content").fieldNames().forEachRemaining(types::add);

        assertThat(types).containsExactlyInAnyOrder("application/json", "application/pdf", "text/html", StatementOfApplicability.MEDIA_TYPE);
        assertThat(post.path("description").asText()).contains("Accept: application/pdf").contains("Accept: text/html");
    }
}
