package dev.ismsdecider.server.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;

import java.io.IOException;

/**
 * The request body as sent, for the handlers that read it themselves (the evaluation, records and key endpoints). A body cut off by the client is unreadable, as Spring MVC's own
 * reading reports it (400); one over the size limit stops with {@link BodyTooLargeException} (413).
 */
final class RequestBytes {

    private RequestBytes() {
    }

    static byte[] read(HttpServletRequest request) {
        try {
            return request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new HttpMessageNotReadableException("I/O error while reading the request body: " + e.getMessage(), e,
                    new ServletServerHttpRequest(request));
        }
    }
}
