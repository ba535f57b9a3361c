package dev.ismsdecider.server.api;

import dev.ismsdecider.profile.FactError;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The shape of every error response, for the OpenAPI description only: responses are written from
 * Spring's {@code ProblemDetail}, which has the same members.
 */
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details (media type application/problem+json).")
record ProblemDocument(
        @Schema(description = "identifies the kind of problem: urn:isms-decider:problem:malformed-json, invalid-facts, "
                + "body-too-large, upload-too-large, malformed-multipart, file-name-too-long, too-many-clauses, "
                + "time-budget-exceeded, invalid-contract, invalid-filter or internal-error; about:blank for plain HTTP errors "
                + "(404, 405, 406, 415)",
                example = "urn:isms-decider:problem:invalid-facts") String type,
        @Schema(description = "short summary of the kind of problem", example = "Invalid facts") String title,
        @Schema(description = "the HTTP status code", example = "422") int status,
        @Schema(description = "what went wrong with this request, for people") String detail,
        @Schema(description = "the request path", example = "/api/v1/evaluations") String instance,
        @Schema(description = "for 400 and 422: every fault found, each with the JSON pointer (RFC 6901) of the offending "
                + "input; the empty pointer is the whole document") List<FactError> errors,
        @Schema(description = "the id of the request, as in the X-Request-Id header and the server's log",
                example = "3f2c9a4e-8d1b-4c7e-9a55-0b6f1e2d7c90") String requestId) {
}
