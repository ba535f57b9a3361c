package dev.ismsdecider.api;

import dev.ismsdecider.clauses.documents.ContractFormatException;
import dev.ismsdecider.facts.FactError;
import dev.ismsdecider.facts.InvalidFactsException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns errors into RFC 9457 problem documents ({@code application/problem+json}).
 * Spring MVC's own errors (404, 405, 406, 415, ...) come through the base class; the API's own through
 * the handlers below. A response never carries a stack trace, an exception message of a library or a
 * Java class name: unexpected errors are logged here and answered with a plain 500.
 */
@RestControllerAdvice
final class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    /** 400 for input that is not JSON at all (or empty), 422 for JSON whose facts are wrong. */
    @ExceptionHandler(InvalidFactsException.class)
    ResponseEntity<ProblemDetail> invalidFacts(InvalidFactsException e) {
        if (e.malformed()) {
            return problem(ApiProblem.MALFORMED_JSON.with(e.errors().get(0).message(), e.errors()));
        }
        String detail = e.errors().size() == 1
                ? "1 error in the organisation profile; see errors"
                : e.errors().size() + " errors in the organisation profile; see errors";
        return problem(ApiProblem.INVALID_FACTS.with(detail, e.errors()));
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLargeException e) {
        return problem(ApiProblem.BODY_TOO_LARGE.with("The request body may hold at most " + e.limit() + " bytes."));
    }

    /**
     * A contract that cannot be read: 400 when the JSON itself is malformed, otherwise 422 naming where (a JSON
     * pointer, a line or a page) and why.
     */
    @ExceptionHandler(ContractFormatException.class)
    ResponseEntity<ProblemDetail> invalidContract(ContractFormatException e) {
        if (e.getCause() instanceof InvalidFactsException facts && facts.malformed()) {
            return invalidFacts(facts);
        }
        return problem(ApiProblem.INVALID_CONTRACT.with(e.getMessage(), List.of(new FactError(e.location(), e.reason()))));
    }

    /** A mapping filter naming an ID that does not exist. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalidFilter(IllegalArgumentException e) {
        return problem(ApiProblem.INVALID_FILTER.with(e.getMessage()));
    }

    /** Anything unexpected: logged with its stack trace for operators, a plain 500 for the client. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        LOG.error("request failed", e);
        return problem(ApiProblem.INTERNAL_ERROR.with("The request could not be completed; the error has been logged."));
    }

    /** Spring MVC's own errors already carry a problem body; this only fixes the media type. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response == null) {
            return null;
        }
        return ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(response.getBody());
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
