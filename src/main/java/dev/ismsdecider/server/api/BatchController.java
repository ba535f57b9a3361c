package dev.ismsdecider.server.api;

import dev.ismsdecider.batch.BatchEvaluator;
import dev.ismsdecider.batch.BatchRun;
import dev.ismsdecider.server.reload.LiveRuleSet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /api/v1/evaluations/batch}: NDJSON profiles in, NDJSON answers out, streamed: each answer is
 * written and flushed as soon as it and every one before it is ready, while the request is still being read,
 * so neither body is held whole (docs/batch.md). The lines are those of {@code evaluate-batch}. Batches have
 * their own body-size limit, {@code decider.batch.max-body-size}; one that crosses it while streaming ends
 * with an error line, since the answer has begun.
 */
@RestController
@Tag(name = "Evaluations", description = "Can we drop ISO 27001 and rely on IEC 62443?")
final class BatchController {

    static final String PATH = "/api/v1/evaluations/batch";

    private final LiveRuleSet live;
    private final EvaluationGate gate;

    BatchController(LiveRuleSet live, EvaluationGate gate) {
        this.live = live;
        this.gate = gate;
    }

    @Operation(summary = "Assess many organisation profiles (NDJSON)",
            description = "One profile per line, bare or as {\"site\": \"...\", \"profile\": {...}}. The answer has one line per non-blank "
                    + "input line, in input order: {\"line\", \"site\", \"assessment\"} or {\"line\", \"site\", \"error\": {\"message\", "
                    + "\"errors\": [{\"path\", \"message\"}]}}. A bad line gets its error line and the rest go on. Streamed both ways.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_NDJSON_VALUE, schema = @Schema(type = "string"))))
    @ApiResponse(responseCode = "200", description = "One answer line per input line",
            content = @Content(mediaType = MediaType.APPLICATION_NDJSON_VALUE, schema = @Schema(type = "string")))
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_NDJSON_VALUE, produces = MediaType.APPLICATION_NDJSON_VALUE)
    void batch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_NDJSON_VALUE);
        ServletOutputStream out = response.getOutputStream();
        // one engine for the whole batch: every line of it is answered under the same rule set, even across a reload
        BatchRun run = new BatchRun(new BatchEvaluator(live.engine(), work -> () -> gate.pass(work)), Runtime.getRuntime().availableProcessors());
        run.run(request.getInputStream(), result -> {
            out.write(result.json().getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            out.flush();
        }, bytes -> { });
    }
}
