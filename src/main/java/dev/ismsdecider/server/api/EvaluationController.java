package dev.ismsdecider.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.server.reload.LiveRuleSet;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.memo.Memo;
import dev.ismsdecider.memo.MemoInput;
import dev.ismsdecider.soa.StatementOfApplicability;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * {@code POST /api/v1/evaluations}: an organisation profile in, its assessment out. Nothing is stored.
 * <p>
 * The handler reads the body and writes the answer on the servlet streams itself: both are bytes already
 * (the strict reader takes bytes, the assessment is written in the evaluation's turn). Kept by measurement
 * (issue 11): the same handler as an ordinary Spring MVC one ({@code @RequestBody byte[]}, the assessment returned
 * through the message converters) took clearly more than 5 % more server CPU per request in the paired load
 * benchmark (docs/performance.md, REST). Media types are still checked by the mapping ({@code consumes}, {@code produces}): JSON
 * is the default, and one handler per further type answers {@code Accept: application/pdf} or {@code text/html} (the
 * decision memo) and the SoA workbook's type.
 */
@RestController
@Tag(name = "Evaluations", description = "Can we drop ISO 27001 and rely on IEC 62443?")
final class EvaluationController {

    static final String PATH = "/api/v1/evaluations";
    private static final String HTML_UTF8 = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

    private final LiveRuleSet live;
    private final EvaluationGate gate;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    EvaluationController(LiveRuleSet live, EvaluationGate gate, ObjectMapper json) {
        this.live = live;
        this.gate = gate;
        this.json = json;
    }

    @Operation(summary = "Assess an organisation profile",
            description = "Evaluates the organisation facts (contract v1) with the loaded rule set and returns the verdict, "
                    + "findings with evidence (JSON pointers into the request), actions, scope allocation, management-system gaps, "
                    + "open questions and the rule trace. Absent or null facts are unknown, never false. Stateless: nothing is stored. "
                    + "The answer is the one `evaluate FILE --format json` prints for the same bytes. JSON is the default; the same "
                    + "evaluation comes as the decision memo with `Accept: application/pdf` or `Accept: text/html`, and as the Statement "
                    + "of Applicability workbook with `Accept: " + StatementOfApplicability.MEDIA_TYPE + "`. Errors are problem "
                    + "documents whatever was accepted.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The organisation profile. Unknown properties and enum values are refused (422) with their JSON path.",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OrganizationProfile.class))))
    @ApiResponse(responseCode = "200", description = "The assessment (JSON), or the decision memo (PDF, HTML) or the SoA workbook as asked for with Accept",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Assessment.class)),
                    @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
                    @Content(mediaType = StatementOfApplicability.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))})
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    void evaluate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The raw bytes go through the command line's strict reader: the same errors and the same answers.
        byte[] facts = RequestBytes.read(request);
        byte[] answer = gate.pass(() -> written(live.engine().evaluate(FactsReader.read(facts))));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    /**
     * The same evaluation as the decision memo, one PDF document (A4, fonts embedded). OpenAPI has one operation per
     * path and method, so {@link #evaluate} documents all four answers and these three handlers stay out of it.
     */
    @Operation(hidden = true)
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_PDF_VALUE)
    void memoPdf(HttpServletRequest request, HttpServletResponse response) throws IOException {
        document(request, response, MediaType.APPLICATION_PDF_VALUE, Memo.instance()::pdf);
    }

    /** The decision memo as one HTML page, from the template the PDF uses. */
    @Operation(hidden = true)
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    void memoHtml(HttpServletRequest request, HttpServletResponse response) throws IOException {
        document(request, response, HTML_UTF8, input -> Memo.instance().html(input).getBytes(StandardCharsets.UTF_8));
    }

    /** The Statement of Applicability workbook of the evaluation. */
    @Operation(hidden = true)
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = StatementOfApplicability.MEDIA_TYPE)
    void soa(HttpServletRequest request, HttpServletResponse response) throws IOException {
        document(request, response, StatementOfApplicability.MEDIA_TYPE, StatementOfApplicability::workbook);
    }

    /** Reads and evaluates as {@link #evaluate} does, and writes the document made from the assessment and its bytes. */
    private void document(HttpServletRequest request, HttpServletResponse response, String contentType,
                          Function<MemoInput, byte[]> render) throws IOException {
        byte[] facts = RequestBytes.read(request);
        byte[] answer = gate.pass(() -> render.apply(MemoInput.unstored(live.engine().evaluate(FactsReader.read(facts)), facts, LocalDate.now(clock))));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }

    private byte[] written(Assessment assessment) {
        try {
            return json.writeValueAsBytes(assessment);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("assessment not writable as JSON", e);
        }
    }
}
