package dev.ismsdecider.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One RFC 6902 operation on the input profile: {@code add}, {@code replace} or {@code remove} at a JSON
 * pointer, with the new {@code value} and, as an extra member that JSON Patch ignores, the {@code old} value
 * found at that pointer in the input ({@code null} when there was none: the fact was unknown).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"op", "path", "old", "value"})
public record PatchOp(String op, String path, JsonNode old, JsonNode value) {

    static PatchOp add(String path, JsonNode value) {
        return new PatchOp("add", path, null, value);
    }

    static PatchOp replace(String path, JsonNode old, JsonNode value) {
        return new PatchOp("replace", path, old, value);
    }

    static PatchOp remove(String path, JsonNode old) {
        return new PatchOp("remove", path, old, null);
    }

    /** Sets {@code path} to {@code value}: a replace where a value was, an add where the fact was unknown. */
    static PatchOp set(String path, JsonNode old, JsonNode value) {
        return old == null ? add(path, value) : replace(path, old, value);
    }

    /** Whether this appends to a list ({@code .../-}): appends to the same list do not get in each other's way. */
    boolean appends() {
        return path.endsWith("/-");
    }
}
