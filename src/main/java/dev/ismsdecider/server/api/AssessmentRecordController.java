package dev.ismsdecider.server.api;

import dev.ismsdecider.evaluation.RuleSetRef;
import dev.ismsdecider.evaluation.RuleSetInfo;
import dev.ismsdecider.server.reload.LiveRuleSet;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.records.ApiKey;
import dev.ismsdecider.records.ApprovalRecord;
import dev.ismsdecider.records.AssessmentRecord;
import dev.ismsdecider.records.RecordPage;
import dev.ismsdecider.records.RecordQuery;
import dev.ismsdecider.records.RecordStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Stored assessments: {@code POST /api/v1/assessments} evaluates and stores, {@code GET} reads one or lists them,
 * {@code POST /api/v1/assessments/{id}/approvals} records a reviewer's decision. Everything is the caller's tenant's.
 */
@RestController
@Tag(name = "Records", description = "Stored assessments, approvals and their tamper-evident chain (API key required)")
@SecurityRequirement(name = AssessmentRecordController.API_KEY)
@SecurityScheme(name = AssessmentRecordController.API_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key (keys create on the command line, or POST /api/v1/keys) sent as Authorization: Bearer KEY")
final class AssessmentRecordController {

    /** The OpenAPI name of the records endpoints' security scheme. */
    static final String API_KEY = "apiKey";
    static final String PATH = "/api/v1/assessments";

    private final RecordStore records;
    private final LiveRuleSet live;
    private final EvaluationGate gate;

    AssessmentRecordController(RecordStore records, LiveRuleSet live, EvaluationGate gate) {
        this.records = records;
        this.live = live;
        this.gate = gate;
    }

    @Operation(summary = "Evaluate and store an assessment",
            description = "Evaluates the organisation profile as POST /api/v1/evaluations does and stores the canonical input (RFC 8785), "
                    + "its SHA-256, the rule set and the assessment as the tenant's next chain entry. CONSULTANT or ADMIN.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OrganizationProfile.class))))
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AssessmentRecord> store(@AuthenticationPrincipal ApiKey caller, HttpServletRequest request) {
        byte[] facts = RequestBytes.read(request);
        AssessmentRecord stored = gate.pass(() -> records.store(caller.tenant(), caller.name(), facts, live.engine()));
        return ResponseEntity.created(URI.create(PATH + "/" + stored.id())).body(stored);
    }

    @Operation(summary = "A stored assessment with its approval history",
            description = "404 when the tenant has no assessment with this id, whether another tenant has one or not.")
    @GetMapping(path = PATH + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    AssessmentRecord get(@AuthenticationPrincipal ApiKey caller, @PathVariable String id) {
        return records.find(caller.tenant(), id).orElseThrow(() -> new RecordNotFoundException("assessment"));
    }

    @Operation(summary = "Stored assessments, newest first",
            description = "Filters combine; organization matches the organisation's name exactly, ignoring case; from is inclusive, "
                    + "to exclusive (a day such as 2026-12-04 for to means up to its end).")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    RecordPage list(@AuthenticationPrincipal ApiKey caller,
                    @Parameter(description = "COEXIST, RELY_PRIMARILY_ON_IEC_62443, KEEP_ISO_27001 or UNDETERMINED") @RequestParam(required = false) String verdict,
                    @RequestParam(required = false) String organization,
                    @RequestParam(required = false) String ruleSetVersion,
                    @Parameter(description = "an instant (2026-12-04T10:00:00Z) or a day") @RequestParam(required = false) String from,
                    @Parameter(description = "an instant (2026-12-04T10:00:00Z) or a day") @RequestParam(required = false) String to,
                    @Parameter(description = "from 0") @RequestParam(required = false) String page,
                    @Parameter(description = "1 to 100, 20 by default") @RequestParam(required = false) String size) {
        return records.list(caller.tenant(), RecordQuery.of(verdict, organization, ruleSetVersion, from, to, page, size));
    }

    @Operation(summary = "Approve or reject a stored assessment (EV-3)",
            description = "{\"decision\": \"APPROVED\"|\"REJECTED\", \"comment\": \"...\"}; appended to the chain. An approval of an assessment "
                    + "made under another rule set than the loaded one says so. REVIEWER.")
    @PostMapping(path = PATH + "/{id}/approvals", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApprovalRecord> approve(@AuthenticationPrincipal ApiKey caller, @PathVariable String id, HttpServletRequest request) {
        byte[] body = RequestBytes.read(request);
        RuleSetInfo inForce = live.engine().ruleSet();
        RuleSetRef current = new RuleSetRef(inForce.version(), inForce.sha256());
        ApprovalRecord approval = records.approve(caller.tenant(), caller.name(), id, body, current)
                .orElseThrow(() -> new RecordNotFoundException("assessment"));
        return ResponseEntity.created(URI.create(PATH + "/" + id)).body(approval);
    }
}
