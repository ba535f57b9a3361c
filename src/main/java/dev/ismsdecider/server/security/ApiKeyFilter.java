package dev.ismsdecider.server.security;

import dev.ismsdecider.records.ApiKey;
import dev.ismsdecider.records.ApiKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads {@code Authorization: Bearer KEY} and authenticates the request as that key. A request without the header
 * goes on anonymous (the authorisation rules then answer 401); a header that is not a valid key is answered 401 at
 * once, and a key over its rate limit 429. The answers are problem documents from the API's exception handler.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final KeyRateLimits limits;
    private final HandlerExceptionResolver problems;

    ApiKeyFilter(ApiKeys keys, KeyRateLimits limits, HandlerExceptionResolver problems) {
        this.keys = keys;
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKey> key = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? keys.authenticate(header.substring(BEARER.length()).strip()) : Optional.empty();
        if (key.isEmpty()) {
            problems.resolveException(request, response, null, new BadCredentialsException("invalid API key"));
            return;
        }
        OptionalLong retryAfter = limits.refuse(key.get().id());
        if (retryAfter.isPresent()) {
            problems.resolveException(request, response, null, new RateLimitExceededException(retryAfter.getAsLong()));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(key.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
