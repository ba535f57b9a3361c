package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.Examples;
import dev.ismsdecider.server.api.ApiClient.Answer;
import dev.ismsdecider.report.AssessmentReport;
import dev.ismsdecider.evaluation.RuleSetSource;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.whatif.WhatIf;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/evaluations/batch} streams: it answers the first line before the request body has ended,
 * gives the lines of {@code evaluate-batch}, and has its own body-size limit (64 KB here);
 * {@code POST /api/v1/evaluations/what-if} gives the core's report.
 */
@TestPropertySource(properties = "decider.batch.max-body-size=64KB")
class BatchAndWhatIfApiTests extends ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String compact(Path example) throws IOException {
        return JSON.readTree(Examples.bytes(example)).toString();
    }

    @Test
    void theBatchStreamAnswersBeforeTheRequestBodyEnds() throws IOException {
        List<Path> examples = Examples.inputs();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST " + BatchController.PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                    + "Accept: application/x-ndjson\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            chunk(out, compact(examples.get(0)) + "\n");

            String head = head(in);
            assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("content-type: application/x-ndjson");
            ChunkedBody body = new ChunkedBody(in);
            String first = body.line();
            // The request body is still open: this answer came while it was being sent.
            JsonNode firstLine = JSON.readTree(first);
            assertThat(firstLine.get("line").asInt()).isEqualTo(1);
            assertThat(firstLine.get("assessment")).isEqualTo(JSON.readTree(AssessmentReport.json(engine.evaluate(FactsReader.read(Examples.bytes(examples.get(0)))))));

            chunk(out, "{\"broken\": \n" + compact(examples.get(1)) + "\n");
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            JsonNode second = JSON.readTree(body.line());
            JsonNode third = JSON.readTree(body.line());
            assertThat(second.get("line").asInt()).isEqualTo(2);
            assertThat(second.path("error").path("message").asText()).contains("line 2");
            assertThat(third.get("line").asInt()).isEqualTo(3);
            assertThat(third.at("/assessment/verdict").asText()).isNotEmpty();
            assertThat(body.line()).isNull();
        }
        assertThat(engine.openSessions()).isZero();
    }

    @Test
    void aBatchDeclaredOverItsLimitIsRefusedWith413() {
        byte[] big = new byte[70 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');

        Answer answer = client.send(client.request(BatchController.PATH).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aStreamedBatchThatCrossesItsLimitEndsWithAnErrorLine() throws IOException {
        StringBuilder lines = new StringBuilder();
        String example = compact(Examples.inputs().get(0));
        int count = 0;
        while (lines.length() < 80 * 1024) {
            lines.append(example).append('\n');
            count++;
        }
        String all = lines.toString();
        Answer answer = client.send(client.request(BatchController.PATH).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(all.getBytes(StandardCharsets.UTF_8)))).build());

        assertThat(answer.status()).isEqualTo(200);
        String[] out = answer.body().split("\n");
        assertThat(out.length).isLessThan(count + 1);
        JsonNode last = JSON.readTree(out[out.length - 1]);
        assertThat(last.path("error").path("message").asText()).contains("could not be read").contains("larger than");
        assertThat(answer.body()).doesNotContain("Exception");
    }

    @Test
    void whatIfGivesTheCoresReportAndRefusesInvalidFacts() throws IOException {
        Path example = Examples.inputs().get(0);
        byte[] bytes = Examples.bytes(example);

        Answer answer = client.postJson(WhatIfController.PATH, bytes);
        Answer invalid = client.postJson(WhatIfController.PATH, "{\"scoep\": {}}".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode inProcess = JSON.readTree(AssessmentReport.json(new WhatIf(engine, RuleSetSource.packaged()).analyse(FactsReader.parse(bytes))));
        assertThat(answer.json()).isEqualTo(inProcess);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").get(0).get("path").asText()).isEqualTo("/scoep");
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the response head: " + head);
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** Reads a chunked response body line by line, as the lines arrive. */
    private static final class ChunkedBody {
        private final InputStream in;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private boolean ended;

        ChunkedBody(InputStream in) {
            this.in = in;
        }

        String line() throws IOException {
            while (true) {
                String text = pending.toString(StandardCharsets.UTF_8);
                int newline = text.indexOf('\n');
                if (newline >= 0) {
                    pending.reset();
                    pending.write(text.substring(newline + 1).getBytes(StandardCharsets.UTF_8));
                    return text.substring(0, newline);
                }
                if (ended) {
                    return null;
                }
                int size = Integer.parseInt(asciiLine().strip(), 16);
                if (size == 0) {
                    ended = true;
                    continue;
                }
                pending.write(in.readNBytes(size));
                asciiLine();
            }
        }

        private String asciiLine() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed in a chunk");
                }
                line.append((char) b);
            }
            return line.toString();
        }
    }
}
