package dev.ismsdecider.server.api;

import dev.ismsdecider.server.DeciderProperties;
import dev.ismsdecider.server.RequestLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies over {@code decider.max-body-size} (document uploads, {@code multipart/form-data}:
 * over {@code decider.max-upload-size}; NDJSON batches, which are streamed rather than held: over
 * {@code decider.batch.max-body-size}) with 413: at once when Content-Length says so, and otherwise
 * (chunked or understated bodies) as soon as one byte too many is read. The refusal goes through the same
 * exception handler as every other error, so it is a problem document too.
 */
@Component
final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long bodyLimit;
    private final long uploadLimit;
    private final long batchLimit;
    private final HandlerExceptionResolver problems;

    BodySizeLimitFilter(DeciderProperties properties, RequestLimits limits,
                        @Value("${decider.batch.max-body-size:256MB}") DataSize batchLimit,
                        @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.bodyLimit = properties.maxBodySize().toBytes();
        this.uploadLimit = limits.maxMultipartRequestBytes();
        this.batchLimit = batchLimit.toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = isUpload(request);
        long limit = upload ? uploadLimit : BatchController.PATH.equals(request.getRequestURI()) ? batchLimit : bodyLimit;
        if (request.getContentLengthLong() > limit) {
            problems.resolveException(request, response, null, new BodyTooLargeException(limit, upload));
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, limit, upload), response);
    }

    private static boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/form-data", 0, "multipart/form-data".length());
    }

    /** The request with a body stream that stops at the limit. */
    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {
        private final long limit;
        private final boolean upload;
        private ServletInputStream body;

        LimitedBodyRequest(HttpServletRequest request, long limit, boolean upload) {
            super(request);
            this.limit = limit;
            this.upload = upload;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedInputStream(super.getInputStream(), limit, upload);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** Counts the bytes read and throws once they exceed the limit. */
    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private final boolean upload;
        private long count;

        LimitedInputStream(ServletInputStream in, long limit, boolean upload) {
            this.in = in;
            this.limit = limit;
            this.upload = upload;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit, upload);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
