package dev.ismsdecider.server.api;

import dev.ismsdecider.profile.FactError;
import dev.ismsdecider.records.InvalidRecordRequest;
import dev.ismsdecider.records.RecordsException;
import dev.ismsdecider.server.security.RateLimitExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * The problem documents of the records endpoints and their API keys: 401, 403, 404, 422, 429 and 503. Consulted
 * before {@link ProblemAdvice}, whose catch-all would otherwise answer these with 500. The security filters send
 * their refusals here too, through the handler exception resolver.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
final class RecordsProblemAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(RecordsProblemAdvice.class);

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        ProblemDetail problem = e instanceof BadCredentialsException
                ? ApiProblem.KEY_INVALID.with("The API key is not valid: it is unknown, revoked or malformed.")
                : ApiProblem.KEY_REQUIRED.with("This endpoint needs an API key: send Authorization: Bearer KEY.");
        return problem(problem, HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problem(ApiProblem.ROLE_NOT_ALLOWED.with("The role of this API key may not do this; see docs/records.md for who may do what."));
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitExceededException e) {
        return problem(ApiProblem.RATE_LIMITED.with("This API key has made as many requests as its period allows; retry after "
                + e.retryAfterSeconds() + " s."), HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException e) {
        return problem(ApiProblem.NOT_FOUND.with("There is no " + e.getMessage() + " with this id for your tenant."));
    }

    @ExceptionHandler(InvalidRecordRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRecordRequest e) {
        return problem(ApiProblem.INVALID_REQUEST.with(e.path() + ": " + e.reason(), List.of(new FactError(e.path(), e.reason()))));
    }

    @ExceptionHandler({RecordsException.class, DataAccessException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        LOG.error("records database failed", e);
        return problem(ApiProblem.RECORDS_UNAVAILABLE.with("The records database could not be used; the error has been logged."));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, String... header) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (header.length == 2) {
            answer.header(header[0], header[1]);
        }
        return answer.body(problem);
    }
}
