package dev.ismsdecider.api;

import dev.ismsdecider.assessment.Assessment;
import dev.ismsdecider.reload.LiveRuleSet;
import dev.ismsdecider.facts.FactsReader;
import dev.ismsdecider.facts.OrganizationProfile;
import dev.ismsdecider.memo.Memo;
import dev.ismsdecider.memo.MemoInput;
import dev.ismsdecider.soa.StatementOfApplicability;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * {@code POST /api/v1/evaluations}: an organisation profile in, its assessment out. Nothing is stored.
 * <p>
 * Ordinary Spring MVC handlers: the body arrives as bytes (the strict reader takes bytes, so that errors name the
 * JSON path as the command line's do), the assessment leaves through Spring MVC's JSON converter, with the project's
 * one mapper. A paired load measurement found the hand-written reading and writing this replaced saved less than
 * 5 % of the server's CPU time per request (docs/performance.md). Media types are checked by the mapping
 * ({@code consumes}, {@code produces}): JSON is the default, and one handler per further type answers
 * {@code Accept: application/pdf} or {@code text/html} (the decision memo) and the SoA workbook's type.
 */
@RestController
@Tag(name = "Evaluations", description = "Can we drop ISO 27001 and rely on IEC 62443?")
final class EvaluationController {

    static final String PATH = "/api/v1/evaluations";
    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final LiveRuleSet live;
    private final EvaluationGate gate;
    private final Clock clock = Clock.systemUTC();

    EvaluationController(LiveRuleSet live, EvaluationGate gate) {
        this.live = live;
        this.gate = gate;
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
    Assessment evaluate(@RequestBody(required = false) byte[] facts) {
        // The raw bytes go through the command line's strict reader: the same errors and the same answers.
        return gate.pass(() -> live.engine().evaluate(FactsReader.read(sent(facts))));
    }

    /**
     * The same evaluation as the decision memo, one PDF document (A4, fonts embedded). OpenAPI has one operation per
     * path and method, so {@link #evaluate} documents all four answers and these three handlers stay out of it.
     */
    @Operation(hidden = true)
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> memoPdf(@RequestBody(required = false) byte[] facts) {
        return document(sent(facts), MediaType.APPLICATION_PDF, Memo.instance()::pdf);
    }

    /** The decision memo as one HTML page, from the template the PDF uses. */
    @Operation(hidden = true)
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<byte[]> memoHtml(@RequestBody(required = false) byte[] facts) {
        return document(sent(facts), HTML_UTF8, input -> Memo.instance().html(input).getBytes(StandardCharsets.UTF_8));
    }

    /** The Statement of Applicability workbook of the evaluation. */
    @Operation(hidden = true)
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = StatementOfApplicability.MEDIA_TYPE)
    ResponseEntity<byte[]> soa(@RequestBody(required = false) byte[] facts) {
        return document(sent(facts), MediaType.parseMediaType(StatementOfApplicability.MEDIA_TYPE), StatementOfApplicability::workbook);
    }

    /** Reads and evaluates as {@link #evaluate} does, and answers the document made from the assessment and its bytes. */
    private ResponseEntity<byte[]> document(byte[] facts, MediaType type, Function<MemoInput, byte[]> render) {
        byte[] document = gate.pass(() -> render.apply(MemoInput.unstored(live.engine().evaluate(FactsReader.read(facts)), facts, LocalDate.now(clock))));
        return ResponseEntity.ok().contentType(type).body(document);
    }

    /** The body as sent; Spring MVC gives none for an empty one, which the strict reader refuses in its own words (400). */
    private static byte[] sent(byte[] body) {
        return body == null ? new byte[0] : body;
    }
}
