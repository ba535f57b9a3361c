package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.server.reload.LiveRuleSet;
import dev.ismsdecider.records.ApiKey;
import dev.ismsdecider.records.InvalidRecordRequest;
import dev.ismsdecider.records.RecordStore;
import dev.ismsdecider.records.ReplayReport;
import dev.ismsdecider.records.ReplayRuleSet;
import dev.ismsdecider.records.RequestBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/**
 * {@code POST /api/v1/replays}: every stored input of the tenant evaluated again, under the loaded rule set or the one
 * the server's configuration names for replays; the answer lists what changed. Nothing stored changes.
 */
@RestController
@Tag(name = "Records")
@SecurityRequirement(name = AssessmentRecordController.API_KEY)
final class ReplayController {

    /** Which rule set to replay under: the loaded one, or the one of {@code decider.records.replay-rules-dir}. */
    enum Under { CURRENT, CONFIGURED }

    private static final String RULE_SET = "ruleSet";
    private static final String RULES_DIR = "rulesDir";

    private final RecordStore records;
    private final LiveRuleSet live;
    private final ReplayRuleSet configured;
    private final EvaluationGate gate;

    ReplayController(RecordStore records, LiveRuleSet live, ReplayRuleSet configured, EvaluationGate gate) {
        this.records = records;
        this.live = live;
        this.configured = configured;
        this.gate = gate;
    }

    @Operation(summary = "Replay the tenant's stored inputs",
            description = "Optional body {\"ruleSet\": \"CURRENT\"|\"CONFIGURED\"}: CONFIGURED uses the rule folder of the server's setting "
                    + "decider.records.replay-rules-dir; a folder cannot be named in the request. REVIEWER or ADMIN.")
    @PostMapping(path = "/api/v1/replays", produces = MediaType.APPLICATION_JSON_VALUE)
    ReplayReport replay(@AuthenticationPrincipal ApiKey caller, HttpServletRequest request) {
        JsonNode body = RequestBodies.object(RequestBytes.read(request), Set.of(RULE_SET, RULES_DIR));
        if (body.has(RULES_DIR)) {
            throw new InvalidRecordRequest("/" + RULES_DIR, "a rule folder cannot be sent; the server's setting decider.records.replay-rules-dir names it");
        }
        DecisionEngine under = live.engine();
        if (body.has(RULE_SET) && RequestBodies.choice(body, RULE_SET, Under.class) == Under.CONFIGURED) {
            under = configured.configured().orElseThrow(() -> new InvalidRecordRequest("/" + RULE_SET,
                    "CONFIGURED needs decider.records.replay-rules-dir in the server's configuration, and it is not set"));
        }
        DecisionEngine chosen = under;
        return gate.pass(() -> records.replay(caller.tenant(), chosen));
    }
}
