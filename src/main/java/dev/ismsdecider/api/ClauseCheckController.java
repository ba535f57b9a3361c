package dev.ismsdecider.api;

import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.facts.OrganizationProfile.ContractClause;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code POST /api/v1/clauses/check}: contract clauses in, clause findings out. The clause classifier
 * has not landed yet, so this answers 501; once it has, only the body of {@link #check} changes.
 */
@RestController
@Tag(name = "Contract clauses", description = "What contract clauses require")
final class ClauseCheckController {

    static final String PATH = "/api/v1/clauses/check";

    /** The request of contract v1: the clauses to classify. */
    record ClauseCheckRequest(@Schema(description = "the clauses, each in the party's own words") List<ContractClause> clauses) {
    }

    /** The answer of contract v1: one finding per clause requirement found. */
    record ClauseCheckResponse(@Schema(description = "what each clause requires, with the matched text span") List<ClauseFinding> clauseFindings) {
    }

    @Operation(summary = "Classify contract clauses",
            description = "Classifies each clause's free text (ISO 27001 certification, ISO 27001 or equivalent, ISMS evidence, "
                    + "IEC 62443, other assurance, none), with negations and exceptions. Not available yet: answers 501 "
                    + "until the clause classifier is released.")
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ClauseCheckResponse check(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ClauseCheckRequest.class)))
            @RequestBody(required = false) byte[] body) {
        throw new NotImplementedYetException("Contract clause checking is not available yet; "
                + "clauses given in contractClauses of POST " + EvaluationController.PATH + " are kept as open questions.");
    }
}
