package dev.ismsdecider.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an organisation profile from JSON, strictly. Every problem is reported with its JSON pointer
 * in one {@link InvalidFactsException}; nothing is guessed, defaulted or dropped.
 */
public final class FactsReader {

    /**
     * Largest profile read by default, in bytes: the server's {@code decider.max-body-size} and the command
     * line's {@code --max-input-size} start here. A profile with many clauses is a few tens of kilobytes.
     */
    public static final long DEFAULT_MAX_BYTES = 1024 * 1024;

    /** The profile's shape, worked out once: checking and binding a tree is then a single walk. */
    private static final RecordShape PROFILE = RecordShape.of(OrganizationProfile.class);

    private FactsReader() {
    }

    public static OrganizationProfile read(String json) {
        return toProfile(parse(json));
    }

    /** Reads UTF-8 JSON bytes as they came, so that invalid encoding is reported rather than replaced. */
    public static OrganizationProfile read(byte[] json) {
        return toProfile(parse(json));
    }

    /** Parses JSON text into a tree, turning syntax errors into an error that names line and column. */
    public static JsonNode parse(String json) {
        try {
            return nonEmpty(StrictJson.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /** Parses UTF-8 JSON bytes into a tree; see {@link #parse(String)}. */
    public static JsonNode parse(byte[] json) {
        String invalid = JsonSyntaxMessages.firstInvalidUtf8(json);
        if (invalid != null) {
            throw new InvalidFactsException(List.of(new FactError("", "malformed JSON at " + invalid + ": the bytes are not valid UTF-8")), true);
        }
        try {
            return nonEmpty(StrictJson.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new InvalidFactsException(List.of(new FactError("", "cannot read the input")), true);
        }
    }

    private static JsonNode nonEmpty(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            throw new InvalidFactsException(List.of(new FactError("", "the document is empty")), true);
        }
        return node;
    }

    /** Checks a parsed tree and turns it into a profile, reporting every problem at once. */
    public static OrganizationProfile toProfile(JsonNode tree) {
        nonEmpty(tree);
        List<FactError> errors = new ArrayList<>();
        OrganizationProfile profile = null;
        if (!tree.isObject()) {
            errors.add(new FactError("", "the profile must be a JSON object"));
        } else {
            profile = (OrganizationProfile) PROFILE.bind(tree, "", errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidFactsException(errors, false);
        }
        List<FactError> contradictions = ProfileConsistency.check(profile);
        if (!contradictions.isEmpty()) {
            throw new InvalidFactsException(contradictions, false);
        }
        return profile;
    }

    private static InvalidFactsException malformed(JsonProcessingException e) {
        var location = e.getLocation();
        String where = location == null || location.getLineNr() < 1 ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new InvalidFactsException(List.of(new FactError("", "malformed JSON" + where + ": " + plain(e.getOriginalMessage()))), true);
    }

    /** The parser's reason in our own words ({@link JsonSyntaxMessages}). */
    private static String plain(String message) {
        return JsonSyntaxMessages.translate(message);
    }
}
