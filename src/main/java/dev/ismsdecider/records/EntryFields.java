package dev.ismsdecider.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.profile.StrictJson;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an entry says about itself: its position, its tenant and the fields its row repeats as columns.
 * <p>
 * Verification reads every entry of a chain, about 30 KB of JSON each, so {@link #read} streams the stored UTF-8
 * bytes through Jackson's parser and skips ({@code skipChildren}) every member it does not read. The parser has
 * StrictJson's limits (nesting, string and number lengths) but not its duplicate detection, which would keep a set
 * of names for every object passed over: whether an entry is the one written is decided by its hash over the same
 * bytes, and the read only has to find its fields without ambiguity, so a name twice is refused in the objects the
 * fields are read from (the entry itself, {@code assessment}, {@code input}, {@code input.organization},
 * {@code ruleSet}) and nowhere else.
 */
record EntryFields(long seq, String tenant, Chain.Columns columns) {

    /** StrictJson's read limits, without its duplicate detection (see the class comment); comments refused. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(StrictJson.MAX_NESTING_DEPTH)
                    .maxStringLength(StrictJson.MAX_STRING_LENGTH)
                    .maxNumberLength(StrictJson.MAX_NUMBER_LENGTH)
                    .build())
            .disable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    /**
     * @throws IOException when the entry is not one JSON object, names a member twice where fields are read, or
     *                     lacks recordedAt
     */
    static EntryFields read(byte[] entry) throws IOException {
        try (JsonParser parser = JSON.createParser(entry)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("an entry is a JSON object");
            }
            long seq = -1;
            String id = null, kind = null, recordedAt = null, recordedBy = null, subject = null, tenant = null;
            String verdict = null, organization = null, ruleSetVersion = null;
            Names names = new Names();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = names.once(parser.currentName());
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "seq" -> seq = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
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
            if (parser.nextToken() != null) {
                throw new IOException("nothing follows an entry");
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
        Names names = new Names();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = names.once(parser.currentName());
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

    /** The member names of one object read so far: a dozen at most in an entry, so a list is enough. */
    private static final class Names {
        private final List<String> seen = new ArrayList<>(16);

        String once(String name) throws IOException {
            if (seen.contains(name)) {
                throw new IOException("an entry names \"" + name + "\" twice in an object its fields are read from");
            }
            seen.add(name);
            return name;
        }
    }
}
