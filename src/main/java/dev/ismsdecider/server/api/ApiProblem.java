package dev.ismsdecider.server.api;

import dev.ismsdecider.profile.FactError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/**
 * The problem types this API defines itself (RFC 9457). Errors of plain HTTP (404, 405, 406, 415) use
 * {@code about:blank} with the status phrase as title, as the RFC recommends.
 */
enum ApiProblem {
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON"),
    INVALID_FACTS(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-facts", "Invalid facts"),
    BODY_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Request body too large"),
    UPLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "upload-too-large", "Uploaded document too large"),
    MALFORMED_MULTIPART(HttpStatus.BAD_REQUEST, "malformed-multipart", "Malformed upload"),
    FILE_NAME_TOO_LONG(HttpStatus.UNPROCESSABLE_ENTITY, "file-name-too-long", "File name too long"),
    TOO_MANY_CLAUSES(HttpStatus.PAYLOAD_TOO_LARGE, "too-many-clauses", "Too many clauses"),
    TIME_BUDGET_EXCEEDED(HttpStatus.UNPROCESSABLE_ENTITY, "time-budget-exceeded", "Request takes too long"),
    INVALID_CONTRACT(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-contract", "Contract cannot be read"),
    INVALID_FILTER(HttpStatus.BAD_REQUEST, "invalid-filter", "Invalid filter"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error"),
    // decision records and API keys (RecordsProblemAdvice)
    KEY_REQUIRED(HttpStatus.UNAUTHORIZED, "key-required", "API key required"),
    KEY_INVALID(HttpStatus.UNAUTHORIZED, "key-invalid", "Invalid API key"),
    ROLE_NOT_ALLOWED(HttpStatus.FORBIDDEN, "role-not-allowed", "Not allowed for this key's role"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
    INVALID_REQUEST(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-request", "Invalid request"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests"),
    RECORDS_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "records-unavailable", "Records database unavailable"),
    // rule-set reload (RuleSetReloadController)
    RULE_SET_REJECTED(HttpStatus.UNPROCESSABLE_ENTITY, "rule-set-rejected", "Rule set rejected"),
    RELOAD_UNAVAILABLE(HttpStatus.CONFLICT, "reload-unavailable", "No rule folder to reload");

    /** Name of the extension member that lists every fault with its JSON pointer. */
    private static final String ERRORS = "errors";
    private static final String TYPE_PREFIX = "urn:isms-decider:problem:";

    private final HttpStatus status;
    private final URI type;
    private final String title;

    ApiProblem(HttpStatus status, String slug, String title) {
        this.status = status;
        this.type = URI.create(TYPE_PREFIX + slug);
        this.title = title;
    }

    ProblemDetail with(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** A problem that also lists each fault as {@code {path, message}}. */
    ProblemDetail with(String detail, List<FactError> errors) {
        ProblemDetail problem = with(detail);
        problem.setProperty(ERRORS, errors);
        return problem;
    }
}
