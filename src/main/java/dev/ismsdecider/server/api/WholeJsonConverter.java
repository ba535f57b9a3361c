package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.lang.Nullable;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;

/**
 * Spring MVC's JSON converter, writing each answer as one block with a {@code Content-Length} instead of
 * chunk by chunk. Jackson writes straight into the servlet container's response buffer, enlarged so that
 * a whole assessment fits; once it is written, the length is known and the container sends headers and
 * body together. An answer larger than the buffer goes out chunked, as before. The bytes are the same
 * either way; only the framing differs, and the client learns the size up front.
 * <p>
 * Kept (issue 11) because Spring MVC's own converter flushes the stream after writing, which commits the response
 * before its length is known: every JSON answer, even a 200-byte problem, would then go out chunked, in more than one
 * write. A refusal sent while the client is still uploading (413 over {@code decider.max-upload-size}) is then cut off
 * when the server closes the connection, so the client cannot read it ({@code HostileRequestApiTests}).
 */
final class WholeJsonConverter extends MappingJackson2HttpMessageConverter {

    /** Room for the largest example assessment (35 KB) with a margin; the container keeps it from request to request. */
    static final int RESPONSE_BUFFER_BYTES = 64 * 1024;

    WholeJsonConverter(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    protected void writeInternal(Object object, @Nullable Type type, HttpOutputMessage message) throws IOException {
        if (!(message instanceof ServletServerHttpResponse servlet)) {
            super.writeInternal(object, type, message);
            return;
        }
        HttpServletResponse response = servlet.getServletResponse();
        boolean whole = bufferWhole(response);
        CountingBody body = new CountingBody(message.getBody());
        super.writeInternal(object, type, new HttpOutputMessage() {
            @Override
            public OutputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        });
        if (whole && !response.isCommitted()) {
            response.setContentLengthLong(body.count);
        }
    }

    /**
     * Makes room for a whole answer in the container's buffer. False when part of the response was written
     * already: the container then refuses a new buffer size (as the Servlet API requires), and the answer
     * goes out as before, without a length of its own.
     */
    private static boolean bufferWhole(HttpServletResponse response) {
        try {
            response.setBufferSize(Math.max(response.getBufferSize(), RESPONSE_BUFFER_BYTES));
            return true;
        } catch (IllegalStateException partlyWritten) {
            return false;
        }
    }

    /**
     * The response body as Jackson sees it: counts the bytes and keeps Jackson's final flush from
     * committing the response before its length is set. Spring MVC flushes it right after this converter.
     */
    private static final class CountingBody extends FilterOutputStream {
        private long count;

        CountingBody(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void flush() {
            // the container's buffer is flushed once, by Spring MVC, after the length is set
        }

        @Override
        public void close() {
            // the servlet container owns the response stream
        }
    }
}
