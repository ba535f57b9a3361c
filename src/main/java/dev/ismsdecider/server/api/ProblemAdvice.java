package dev.ismsdecider.server.api;

import dev.ismsdecider.clauses.documents.ContractFormatException;
import dev.ismsdecider.clauses.documents.DocumentLimitException;
import dev.ismsdecider.mapping.UnknownIdException;
import dev.ismsdecider.profile.FactError;
import dev.ismsdecider.profile.InvalidFactsException;
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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
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
        return e.upload()
                ? problem(ApiProblem.UPLOAD_TOO_LARGE.with("The upload may hold at most " + e.limit() + " bytes (decider.max-upload-size)."))
                : problem(ApiProblem.BODY_TOO_LARGE.with("The request body may hold at most " + e.limit() + " bytes."));
    }

    /**
     * A contract that cannot be read: 400 when the JSON itself is malformed, otherwise 422 naming where (a JSON
     * pointer, a line or a page) and why. A document beyond a limit of the work it may cost has a problem
     * type of its own: too large to upload or too many clauses (413), or too slow to read (422).
     */
    @ExceptionHandler(ContractFormatException.class)
    ResponseEntity<ProblemDetail> invalidContract(ContractFormatException e) {
        if (e.getCause() instanceof InvalidFactsException facts && facts.malformed()) {
            return invalidFacts(facts);
        }
        List<FactError> errors = List.of(new FactError(e.location(), e.reason()));
        ApiProblem type = ApiProblem.INVALID_CONTRACT;
        if (e instanceof DocumentLimitException limit) {
            type = switch (limit.limit()) {
                case BYTES -> ApiProblem.UPLOAD_TOO_LARGE;
                case CLAUSES -> ApiProblem.TOO_MANY_CLAUSES;
                case TIME -> ApiProblem.TIME_BUDGET_EXCEEDED;
                case PAGES, CHARACTERS, INFLATED_BYTES -> ApiProblem.INVALID_CONTRACT;
            };
        }
        return problem(type.with(e.getMessage(), errors));
    }

    @ExceptionHandler(FileNameTooLongException.class)
    ResponseEntity<ProblemDetail> fileNameTooLong(FileNameTooLongException e) {
        return problem(ApiProblem.FILE_NAME_TOO_LONG.with(e.getMessage(), List.of(new FactError("file", e.getMessage()))));
    }

    /** A mapping filter naming an ID that does not exist. Any other {@code IllegalArgumentException} is a bug: 500. */
    @ExceptionHandler(UnknownIdException.class)
    ResponseEntity<ProblemDetail> invalidFilter(UnknownIdException e) {
        return problem(ApiProblem.INVALID_FILTER.with(e.getMessage()));
    }

    /**
     * A {@code multipart/form-data} request that cannot be parsed (no boundary, cut off, a part header too
     * long), on whatever path: the client's fault, so 400, and nothing for the log.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedUpload(MultipartException e) {
        return problem(ApiProblem.MALFORMED_MULTIPART.with("The multipart/form-data request cannot be read: it needs a boundary "
                + "parameter in its Content-Type and complete parts, each with a header of at most a few kilobytes."));
    }

    /** The container refused an upload over {@code decider.max-upload-size} (Spring's own answer would be about:blank). */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ApiProblem.UPLOAD_TOO_LARGE.with("The upload is larger than decider.max-upload-size allows.");
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    /** Anything unexpected: logged once, with its stack trace and the request id, for operators; a plain 500 for the client. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        LOG.error("request {} failed", requestId(), e);
        return problem(ApiProblem.INTERNAL_ERROR.with("The request could not be completed; the error has been logged"
                + " under the request id."));
    }

    /** Spring MVC's own errors already carry a problem body; this only fixes the media type. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response == null) {
            return null;
        }
        if (response.getBody() instanceof ProblemDetail problem) {
            withRequestId(problem);
        }
        return ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(response.getBody());
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(withRequestId(problem));
    }

    /**
     * Adds the id of the request ({@link RequestIdFilter}), so that a user's report names the log lines, and
     * notes the problem type for the count of refused requests.
     */
    static ProblemDetail withRequestId(ProblemDetail problem) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(RequestIdFilter.PROBLEM_TYPE, String.valueOf(problem.getType()), RequestAttributes.SCOPE_REQUEST);
        }
        String id = requestId();
        if (id != null) {
            problem.setProperty("requestId", id);
        }
        return problem;
    }

    private static String requestId() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? null
                : attributes.getAttribute(RequestIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof String id ? id : null;
    }
}
