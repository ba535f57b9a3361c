package dev.ismsdecider.server.api;

import dev.ismsdecider.evaluation.RuleSetRef;
import dev.ismsdecider.evaluation.RuleSetException;
import dev.ismsdecider.server.reload.RuleSetReload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/ruleset/reload} (ADMIN): the server compiles and self-tests the rule folder its configuration
 * names ({@code --rules.dir}) and puts it in force only if both succeed. The request has no body: a client cannot
 * name a folder. A rule set that fails is a 422 listing each problem with file and line, and the running one stays.
 */
@RestController
@Tag(name = "Knowledge")
@SecurityRequirement(name = AssessmentRecordController.API_KEY)
final class RuleSetReloadController {

    static final String PATH = "/api/v1/ruleset/reload";

    private final RuleSetReload reload;

    RuleSetReloadController(RuleSetReload reload) {
        this.reload = reload;
    }

    /** A reload that succeeded. */
    record Reloaded(@Schema(description = "when the new rule set was put in force (UTC)") String reloadedAt,
                    @Schema(description = "the rule set in force before") RuleSetRef previous,
                    @Schema(description = "the rule set in force now, as GET /api/v1/ruleset and every assessment's ruleSet name it") RuleSetRef ruleSet,
                    @Schema(description = "rules in the rule set now in force") int rules,
                    @Schema(description = "whether the SHA-256 changed; false when the folder holds the rules already in force") boolean changed) {
    }

    @Operation(summary = "Reload the rule set from the server's rule folder",
            description = "Compiles the DRL of the folder the server was started with (--rules.dir) and runs its self-test on every example "
                    + "of facts-examples/; only if both succeed does the new rule set answer the requests that follow (requests already "
                    + "running finish on the old one). Otherwise 422 with each problem as {file, line, message}; the rule set in force stays, "
                    + "and /actuator/health shows the error until a reload succeeds. 409 when the server runs the packaged rules. ADMIN.")
    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> reload() {
        if (!reload.available()) {
            return problem(ApiProblem.RELOAD_UNAVAILABLE.with("The server runs the packaged rule set; only a rule set started with "
                    + "--rules.dir can be reloaded. Roll out a new jar instead (docs/deploy.md)."));
        }
        RuleSetReload.Reloaded done = reload.reload();
        return ResponseEntity.ok(new Reloaded(done.at().toString(), done.previous(), done.current(), done.rules(), done.changed()));
    }

    @ExceptionHandler(RuleSetException.class)
    ResponseEntity<ProblemDetail> rejected(RuleSetException e) {
        ProblemDetail problem = ApiProblem.RULE_SET_REJECTED.with("The rule set in the rule folder was not put in force: "
                + e.problems().size() + " problem(s). The rule set in force before keeps answering.");
        problem.setProperty("errors", e.problems());
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemAdvice.withRequestId(problem));
    }
}
