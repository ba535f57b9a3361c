package dev.ismsdecider.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.server.reload.LiveWhatIf;
import dev.ismsdecider.whatif.WhatIf;
import dev.ismsdecider.whatif.WhatIfReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * {@code POST /api/v1/evaluations/what-if}: an organisation profile in, what would change its verdict out
 * ({@link WhatIf}; the answer is what {@code what-if FILE --format json} prints). Nothing is stored. The
 * whole analysis, a few hundred evaluations, takes one turn of the {@link EvaluationGate}.
 */
@RestController
@Tag(name = "Evaluations", description = "Can we drop ISO 27001 and rely on IEC 62443?")
final class WhatIfController {

    static final String PATH = "/api/v1/evaluations/what-if";

    private final LiveWhatIf whatIf;
    private final EvaluationGate gate;
    private final ObjectMapper json;

    WhatIfController(LiveWhatIf whatIf, EvaluationGate gate, ObjectMapper json) {
        this.whatIf = whatIf;
        this.gate = gate;
        this.json = json;
    }

    @Operation(summary = "What would change the verdict",
            description = "For the profile's verdict: the smallest sets of fact changes found that give each other verdict, each as an "
                    + "RFC 6902 JSON Patch on the request (with the old value of every operation), the criteria that flip and whether the "
                    + "organisation can act on it; and for each open question, the verdict each answer gives. Every verdict comes from "
                    + "evaluating the rules on the patched facts. Invalid profiles are refused (422) as by POST /api/v1/evaluations.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OrganizationProfile.class))))
    @ApiResponse(responseCode = "200", description = "The what-if report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WhatIfReport.class)))
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    void whatIf(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] facts;
        try {
            facts = request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new HttpMessageNotReadableException("I/O error while reading the request body: " + e.getMessage(), e,
                    new ServletServerHttpRequest(request));
        }
        WhatIf whatIf = this.whatIf.current();
        byte[] answer = gate.pass(() -> {
            JsonNode tree = FactsReader.parse(facts);
            return written(whatIf.analyse(tree));
        });
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    private byte[] written(WhatIfReport report) {
        try {
            return json.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("what-if report not writable as JSON", e);
        }
    }
}
