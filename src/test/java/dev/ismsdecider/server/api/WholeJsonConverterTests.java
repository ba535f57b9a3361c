package dev.ismsdecider.server.api;

import dev.ismsdecider.profile.StrictJson;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The converter sends the bytes Jackson writes, with their length when it could hold them back whole. */
class WholeJsonConverterTests {

    private static final Map<String, Object> ANSWER = Map.of("verdict", "COEXIST", "findings", List.of("NR-1", "NR-2"));

    private final WholeJsonConverter converter = new WholeJsonConverter(StrictJson.mapper());

    @Test
    void aWholeAnswerCarriesItsLength() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        converter.write(ANSWER, MediaType.APPLICATION_JSON, new ServletServerHttpResponse(response));

        byte[] expected = StrictJson.mapper().writeValueAsBytes(ANSWER);
        assertThat(response.getContentAsByteArray()).isEqualTo(expected);
        assertThat(response.getContentLengthLong()).isEqualTo(expected.length);
        assertThat(response.getBufferSize()).isGreaterThanOrEqualTo(WholeJsonConverter.RESPONSE_BUFFER_BYTES);
    }

    @Test
    void aResponseAlreadyWrittenToGetsNoLengthOfOurs() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse() {
            @Override
            public void setBufferSize(int bufferSize) {
                throw new IllegalStateException("content has been written");
            }
        };

        converter.write(ANSWER, MediaType.APPLICATION_JSON, new ServletServerHttpResponse(response));

        assertThat(response.getContentAsByteArray()).isEqualTo(StrictJson.mapper().writeValueAsBytes(ANSWER));
        assertThat(response.getHeader("Content-Length")).isNull();
    }
}
