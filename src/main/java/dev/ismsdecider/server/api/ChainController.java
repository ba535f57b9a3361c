package dev.ismsdecider.server.api;

import dev.ismsdecider.records.ApiKey;
import dev.ismsdecider.records.ChainHead;
import dev.ismsdecider.records.RecordStore;
import dev.ismsdecider.records.Verification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's tenant's hash chain: recomputed ({@code verify}) or its head, to be kept outside the database. */
@RestController
@Tag(name = "Records")
@SecurityRequirement(name = AssessmentRecordController.API_KEY)
final class ChainController {

    private final RecordStore records;

    ChainController(RecordStore records) {
        this.records = records;
    }

    @Operation(summary = "Recompute the tenant's chain",
            description = "Intact with the head hash, or the first entry that does not match: EDITED, MISSING, REORDERED or INSERTED.")
    @GetMapping(path = "/api/v1/records/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    Verification verify(@AuthenticationPrincipal ApiKey caller) {
        return records.verify(caller.tenant());
    }

    @Operation(summary = "The head of the tenant's chain: its last hash and the number of entries",
            description = "Copy it somewhere outside the database: a later verification against it also notices entries removed from the end "
                    + "or a chain rewritten with new hashes.")
    @GetMapping(path = "/api/v1/records/head", produces = MediaType.APPLICATION_JSON_VALUE)
    ChainHead head(@AuthenticationPrincipal ApiKey caller) {
        return records.head(caller.tenant());
    }
}
