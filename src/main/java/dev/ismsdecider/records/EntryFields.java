package dev.ismsdecider.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.profile.StrictJson;

import java.io.IOException;
import java.time.Instant;

/**
 * What a canonical entry says about itself: its position, its tenant and the fields its row repeats as columns. Read
 * with a streaming parser that skips everything else (the input and most of the assessment), because verification
 * reads every entry of a chain.
 */
record EntryFields(long seq, String tenant, Chain.Columns columns) {

    private static final JsonFactory JSON = StrictJson.mapper().getFactory();

    /**
     * @throws IOException when the entry is not a JSON object or lacks a field every entry has
     */
    static EntryFields read(String entry) throws IOException {
        try (JsonParser parser = JSON.createParser(entry)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("an entry is a JSON object");
            }
            long seq = -1;
            String id = null, kind = null, recordedAt = null, recordedBy = null, subject = null, tenant = null;
            String verdict = null, organization = null, ruleSetVersion = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "seq" -> seq = parser.currentToken() == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
                    case "tenant" -> tenant = text(parser);
                    case "id" -> id = text(parser);
                    case "kind" -> kind = text(parser);
                    case "recordedAt" -> recordedAt = text(parser);
                    case "recordedBy" -> recordedBy = text(parser);
                    case "assessmentId" -> subject = text(parser);
                    case "assessment" -> verdict = member(parser, "verdict");
                    case "input" -> organization = member(parser, "organization", "name");
                    case "ruleSet" -> ruleSetVersion = member(parser, "version");
                    default -> parser.skipChildren();
                }
            }
            if (recordedAt == null) {
                throw new IOException("an entry has recordedAt");
            }
            return new EntryFields(seq, tenant, new Chain.Columns(id, kind, Instant.parse(recordedAt), recordedBy, subject, verdict,
                    organization, ruleSetVersion));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException("recordedAt is not an instant", e);
        }
    }

    /**
     * The same fields taken from an entry's tree before it is written (text where {@link #read} finds text, null
     * elsewhere), so that an append need not parse the canonical text it has just written.
     *
     * @throws IllegalArgumentException when the entry lacks recordedAt or it is not an instant
     */
    static Chain.Columns columns(JsonNode entry) {
        String recordedAt = text(entry.get("recordedAt"));
        if (recordedAt == null) {
            throw new IllegalArgumentException("an entry has recordedAt");
        }
        return new Chain.Columns(text(entry.get("id")), text(entry.get("kind")), Instant.parse(recordedAt), text(entry.get("recordedBy")),
                text(entry.get("assessmentId")), text(entry.path("assessment").get("verdict")),
                text(entry.path("input").path("organization").get("name")), text(entry.path("ruleSet").get("version")));
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** The current value if it is text; anything else is skipped. */
    private static String text(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        parser.skipChildren();
        return null;
    }

    /**
     * The text at a path of members below the current value (for {@code "organization", "name"}: its
     * {@code organization.name}), everything else skipped; null when the path is not there or ends in something else.
     */
    private static String member(JsonParser parser, String... path) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        String found = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (!name.equals(path[0])) {
                parser.skipChildren();
            } else if (path.length == 1) {
                found = text(parser);
            } else {
                found = member(parser, java.util.Arrays.copyOfRange(path, 1, path.length));
            }
        }
        return found;
    }
}
