package dev.ismsdecider.server.api;

import dev.ismsdecider.mapping.ControlMapping;
import dev.ismsdecider.mapping.MappingFilter;
import dev.ismsdecider.mapping.MappingSelection;
import dev.ismsdecider.mapping.Standard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/mappings}: the IEC 62443 to ISO 27001:2022 Annex A control mapping, filtered as the
 * {@code mapping} command filters it. Unknown IDs are a 400 problem naming each.
 */
@RestController
@Tag(name = "Control mapping", description = "IEC 62443 requirements mapped to ISO 27001:2022 Annex A, with provenance")
final class MappingController {

    static final String PATH = "/api/v1/mappings";

    private final ControlMapping mapping = ControlMapping.packaged();

    @Operation(summary = "Mapping pairs",
            description = "Each pair: the IEC 62443 requirement, the Annex A control, the relationship (NIST IR 8477 vocabulary), "
                    + "the NIST CSF 1.1 subcategories it was derived through, and a confidence. Filters combine; none returns every pair. "
                    + "See docs/mapping.md for the method and the doubts recorded in the sources.")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    MappingSelection mappings(
            @Parameter(description = "IEC_62443_3_3 or ISA_62443_2_1") @RequestParam(required = false) Standard standard,
            @Parameter(description = "an IEC 62443-3-3 system requirement, e.g. SR 1.1") @RequestParam(required = false) String sr,
            @Parameter(description = "an ISO/IEC 27001:2022 Annex A control, e.g. A.5.15") @RequestParam(required = false) String annexA,
            @Parameter(description = "a foundational requirement, FR1 to FR7") @RequestParam(required = false) String fr) {
        return mapping.select(new MappingFilter(standard, sr, annexA, fr));
    }
}
