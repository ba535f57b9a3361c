package dev.ismsdecider.records;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.profile.FactsReader;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;

/** The small JSON bodies of the records endpoints (approvals, keys, replays): read strictly, members checked by name. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The body as a JSON object with only the given members; an empty body is an empty object.
     *
     * @throws dev.ismsdecider.profile.InvalidFactsException when it is not JSON at all
     * @throws InvalidRecordRequest                         when it is not an object or has another member
     */
    public static JsonNode object(byte[] body, Set<String> members) {
        JsonNode request = body.length == 0 ? FactsReader.parse("{}") : FactsReader.parse(body);
        if (!request.isObject()) {
            throw new InvalidRecordRequest("", "must be an object with " + String.join(", ", members));
        }
        for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!members.contains(name)) {
                throw new InvalidRecordRequest("/" + name, "unknown member; this body has " + String.join(", ", members));
            }
        }
        return request;
    }

    /** An enum member by its exact name; absent or another value names the member and the values allowed. */
    public static <E extends Enum<E>> E choice(JsonNode request, String member, Class<E> type) {
        String value = request.path(member).asText("");
        for (E known : type.getEnumConstants()) {
            if (known.name().equals(value)) {
                return known;
            }
        }
        throw new InvalidRecordRequest("/" + member, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** An optional text member: null when absent or null; anything but text, or text over {@code max} characters, is refused. */
    public static String optionalText(JsonNode request, String member, int max) {
        JsonNode value = request.path(member);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().length() > max) {
            throw new InvalidRecordRequest("/" + member, "must be text of at most " + max + " characters");
        }
        return value.asText();
    }
}
