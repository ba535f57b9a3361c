package dev.ismsdecider.server.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id and logs it once it is answered (the access log). The id is the client's
 * {@value #HEADER} when it sends a plausible one (so a proxy's id carries through), otherwise a new UUID;
 * it is echoed in the response header, in every problem document ({@code requestId}) and in every log line
 * written while the request is served ({@code %X{request}}), so that a user's report and the server's
 * log meet. It also counts the requests refused, by problem type ({@link DeciderMetrics}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestIdFilter.class.getName();
    /** The log pattern's {@code %X{request}}: "[id] ", so that lines outside a request carry nothing. */
    private static final String MDC_KEY = "request";
    /** What a proxy's id looks like; anything else (long, or with characters for a log injection) is replaced. */
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.ismsdecider.access");
    /** Request attribute: the problem type of an error answer, set where the problem document is made. */
    static final String PROBLEM_TYPE = RequestIdFilter.class.getName() + ".problemType";

    private final DeciderMetrics metrics;

    RequestIdFilter(DeciderMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sent = request.getHeader(HEADER);
        String id = sent != null && PLAUSIBLE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, "[" + id + "] ");
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            if (status >= 400) {
                metrics.rejected(request.getAttribute(PROBLEM_TYPE) instanceof String type ? type : "about:blank", status);
            }
            if (ACCESS.isInfoEnabled()) {
                ACCESS.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), status,
                        (System.nanoTime() - start) / 1_000_000);
            }
            MDC.remove(MDC_KEY);
        }
    }

    /** The id of the request being served, or null outside a request. */
    static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? id : null;
    }
}
