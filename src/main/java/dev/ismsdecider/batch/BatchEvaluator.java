package dev.ismsdecider.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.profile.FactError;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.InvalidFactsException;
import dev.ismsdecider.profile.StrictJson;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Turns one NDJSON input line into its output line. A line is either a bare organisation profile (its site
 * is then {@code organization.name}, when given) or an envelope {@code {"site": "...", "profile": {...}}}
 * (any line with a {@code profile} or {@code site} member, neither of which a profile has). The output is
 * {@code {"line": N, "site": "...", "assessment": {...}}}, the assessment being exactly what {@code evaluate
 * --format json} gives for that profile, or {@code {"line": N, "site": "...", "error": {"message": "...",
 * "errors": [{"path", "message"}]}}} with the errors {@code evaluate} reports for it (paths into the profile).
 */
public final class BatchEvaluator {

    private static final ObjectMapper JSON = StrictJson.mapper();

    private final Function<JsonNode, Assessment> evaluation;

    /** Evaluates with the engine, each evaluation passed through {@code turn} (the server's gate; identity elsewhere). */
    public BatchEvaluator(DecisionEngine engine, UnaryOperator<Supplier<Assessment>> turn) {
        this.evaluation = tree -> turn.apply(() -> engine.evaluate(FactsReader.toProfile(tree))).get();
    }

    public BatchEvaluator(DecisionEngine engine) {
        this(engine, work -> work);
    }

    /** The output for a line too long to be read. */
    LineResult tooLong(long line, int limit) {
        return error(line, null, "line " + line + " is longer than " + limit + " bytes and was not read", List.of());
    }

    /** The output for the input that could not be read past {@code line}: no further line is assessed. */
    LineResult unreadable(long line, String reason) {
        return error(line, null, "the input could not be read after line " + (line - 1) + ": " + reason, List.of());
    }

    LineResult evaluate(long line, byte[] bytes) {
        String site = null;
        try {
            JsonNode node = FactsReader.parse(bytes);
            JsonNode profile = node;
            if (node.isObject() && (node.has("profile") || node.has("site"))) {
                List<FactError> errors = new ArrayList<>();
                JsonNode siteNode = node.get("site");
                if (siteNode != null && !siteNode.isNull() && !siteNode.isTextual()) {
                    errors.add(new FactError("/site", "must be a string"));
                } else if (siteNode != null && siteNode.isTextual()) {
                    site = siteNode.asText();
                }
                for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!name.equals("site") && !name.equals("profile")) {
                        errors.add(new FactError("/" + name, "unknown property: a line is a profile or {\"site\": ..., \"profile\": {...}}"));
                    }
                }
                profile = node.get("profile");
                if (profile == null) {
                    errors.add(new FactError("/profile", "is missing: a line with a site gives its profile under \"profile\""));
                }
                if (!errors.isEmpty()) {
                    return error(line, site, "line " + line + " is not a valid batch line", errors);
                }
            } else if (node.isObject()) {
                JsonNode name = node.path("organization").path("name");
                site = name.isTextual() ? name.asText() : null;
            }
            Assessment assessment = evaluation.apply(profile);
            return new LineResult(line, site, head(line, site) + ",\"assessment\":" + JSON.writeValueAsString(assessment) + "}", assessment);
        } catch (InvalidFactsException e) {
            return error(line, site, "line " + line + " is not a valid organisation profile", e.errors());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LineResult error(long line, String site, String message, List<FactError> errors) {
        ObjectNode error = JSON.createObjectNode();
        error.put("message", message);
        var list = error.putArray("errors");
        for (FactError e : errors) {
            list.addObject().put("path", e.path()).put("message", e.message());
        }
        try {
            return new LineResult(line, site, head(line, site) + ",\"error\":" + JSON.writeValueAsString(error) + "}", null);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String head(long line, String site) throws JsonProcessingException {
        return "{\"line\":" + line + (site == null ? "" : ",\"site\":" + JSON.writeValueAsString(site));
    }

}
