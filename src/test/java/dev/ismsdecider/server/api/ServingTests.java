package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.Examples;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.StrictJson;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How answers are served, beyond what they say: JSON goes out whole with its length (an assessment always,
 * other answers unless they outgrow the response buffer), Tomcat works on a few requests at once and
 * has room to send an assessment in one write to the socket, a keep-alive connection serves as many requests
 * as the client sends, and Spring MVC validates nothing on the way to the controllers.
 */
class ServingTests extends ServerTest {

    @Autowired
    RequestMappingHandlerAdapter handlerAdapter;

    @Autowired
    ServletWebServerApplicationContext webServer;

    @Autowired
    Environment environment;

    @Test
    void anAssessmentGoesOutWithItsLength() throws Exception {
        byte[] example = Examples.bytes(Path.of("facts-examples/pharma-brownfield.json"));

        HttpResponse<byte[]> response = post(example);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(StrictJson.mapper().readTree(response.body()))
                .isEqualTo(StrictJson.mapper().valueToTree(engine.evaluate(FactsReader.read(example))));
    }

    @Test
    void anAssessmentLargerThanTheBufferGoesOutWithItsLengthToo() throws Exception {
        byte[] large = withManyClauses(Examples.bytes(Path.of("facts-examples/pharma-brownfield.json")), 200);

        HttpResponse<byte[]> response = post(large);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().length).isGreaterThan(WholeJsonConverter.RESPONSE_BUFFER_BYTES);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        assertThat(StrictJson.mapper().readTree(response.body()))
                .isEqualTo(StrictJson.mapper().valueToTree(engine.evaluate(FactsReader.read(large))));
    }

    @Test
    void anotherAnswerLargerThanTheBufferGoesOutChunkedAndWhole() throws Exception {
        ObjectNode request = StrictJson.mapper().createObjectNode();
        request.set("clauses", StrictJson.mapper().readTree(withManyClauses(Examples.bytes(Path.of("facts-examples/pharma-brownfield.json")), 400))
                .get("contractClauses"));

        HttpResponse<byte[]> response = send(client.request(ClauseCheckController.PATH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(StrictJson.mapper().writeValueAsBytes(request))).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().length).isGreaterThan(WholeJsonConverter.RESPONSE_BUFFER_BYTES);
        assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(StrictJson.mapper().readTree(response.body()).path("clauseFindings").size()).isGreaterThanOrEqualTo(request.get("clauses").size());
    }

    @Test
    void problemsGoOutWithTheirLengthToo() {
        HttpRequest malformed = client.request(EvaluationController.PATH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{")).build();

        HttpResponse<byte[]> response = send(malformed);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
    }

    @Test
    void aKeepAliveConnectionServesMoreThanTomcatsDefaultHundredRequests() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int i = 1; i <= 150; i++) {
                out.write("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String head = readHead(in);
                assertThat(head).as("answer %d", i).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("Connection: close");
                in.readNBytes(contentLength(head));
            }
        }
    }

    @Test
    void tomcatWorksOnTheFewThreadsOfServerTomcatThreadsMax() {
        TomcatWebServer server = (TomcatWebServer) webServer.getWebServer();
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();

        assertThat(protocol.getMaxThreads()).isEqualTo(environment.getRequiredProperty("server.tomcat.threads.max", Integer.class))
                .isLessThan(200);
        assertThat(protocol.getMinSpareThreads()).isLessThanOrEqualTo(protocol.getMaxThreads());
    }

    @Test
    void theLargestExampleAssessmentFitsTheSocketWriteBufferWhoseMemoryStaysWithinTomcatsDefaults() throws Exception {
        var connector = ((TomcatWebServer) webServer.getWebServer()).getTomcat().getConnector();
        AbstractProtocol<?> protocol = (AbstractProtocol<?>) connector.getProtocolHandler();
        int writeBuffer = Integer.parseInt(String.valueOf(connector.getProperty("socket.appWriteBufSize")));
        int readBuffer = Integer.parseInt(String.valueOf(connector.getProperty("socket.appReadBufSize")));
        byte[] example = Examples.bytes(Path.of("facts-examples/pharma-brownfield.json"));

        assertThat(writeBuffer).isGreaterThan(post(example).body().length + 512); // the headers go in the same write
        // Tomcat's defaults: 8,192 connections with 8 KiB to read and 8 KiB to write each
        assertThat((long) protocol.getMaxConnections() * (readBuffer + writeBuffer)).isPositive().isLessThanOrEqualTo(8_192L * 16 * 1024);
    }

    @Test
    void springMvcHasNoBeanValidator() {
        ConfigurableWebBindingInitializer binding = (ConfigurableWebBindingInitializer) handlerAdapter.getWebBindingInitializer();

        assertThat(binding).isNotNull();
        assertThat(binding.getValidator()).isNotInstanceOf(jakarta.validation.Validator.class);
        assertThat(binding.getValidator().supports(Object.class)).isFalse();
    }

    private HttpResponse<byte[]> post(byte[] json) {
        return send(client.request(EvaluationController.PATH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The example with its contract clauses repeated {@code copies} times, to outgrow the response buffer. */
    private static byte[] withManyClauses(byte[] example, int copies) throws IOException {
        ObjectNode profile = (ObjectNode) StrictJson.mapper().readTree(example);
        ArrayNode clauses = (ArrayNode) profile.get("contractClauses");
        ArrayNode many = StrictJson.mapper().createArrayNode();
        for (int copy = 0; copy < copies; copy++) {
            for (int i = 0; i < clauses.size(); i++) {
                ObjectNode clause = clauses.get(i).deepCopy();
                clause.put("id", clause.path("id").asText() + "-" + copy);
                many.add(clause);
            }
        }
        profile.set("contractClauses", many);
        return StrictJson.mapper().writeValueAsBytes(profile);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            assertThat(b).as("connection closed after %s", head).isNotNegative();
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        throw new AssertionError("no Content-Length in " + head);
    }
}
