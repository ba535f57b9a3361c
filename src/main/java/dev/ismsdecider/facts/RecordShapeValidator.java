package dev.ismsdecider.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a JSON tree against the shape of a record type and reports every mismatch with its JSON
 * pointer: unknown properties, unknown enum values, wrong types, {@code null} inside a list.
 * {@code null} or an absent property is always accepted: it means "unknown".
 */
final class RecordShapeValidator {

    private RecordShapeValidator() {
    }

    static void validate(JsonNode node, Type type, String path, List<FactError> errors) {
        if (node == null || node.isNull()) {
            return;
        }
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            validateRecord(node, raw, path, errors);
        } else if (raw == List.class) {
            validateList(node, ((ParameterizedType) type).getActualTypeArguments()[0], path, errors);
        } else if (raw.isEnum()) {
            validateEnum(node, raw, path, errors);
        } else if (raw == Boolean.class) {
            expect(node.isBoolean(), node, "true, false or null", path, errors);
        } else if (raw == Integer.class) {
            expect(node.isIntegralNumber() && node.canConvertToInt(), node, "a whole number or null", path, errors);
        } else if (raw == String.class) {
            expect(node.isTextual(), node, "a string or null", path, errors);
        } else {
            throw new IllegalStateException("no shape check for " + raw);
        }
    }

    private static void validateRecord(JsonNode node, Class<?> type, String path, List<FactError> errors) {
        if (!node.isObject()) {
            errors.add(new FactError(path, "expected an object or null, got " + describe(node)));
            return;
        }
        Map<String, RecordComponent> components = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, c -> c));
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path + "/" + escape(field.getKey());
            RecordComponent component = components.get(field.getKey());
            if (component == null) {
                errors.add(new FactError(fieldPath, "unknown property '" + field.getKey() + "'; expected one of "
                        + String.join(", ", components.keySet().stream().sorted().toList())));
            } else {
                validate(field.getValue(), component.getGenericType(), fieldPath, errors);
            }
        }
    }

    private static void validateList(JsonNode node, Type elementType, String path, List<FactError> errors) {
        if (!node.isArray()) {
            errors.add(new FactError(path, "expected a list or null, got " + describe(node)));
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            String elementPath = path + "/" + i;
            if (element.isNull()) {
                errors.add(new FactError(elementPath, "null is not allowed inside a list; leave the entry out"));
            } else {
                validate(element, elementType, elementPath, errors);
            }
        }
    }

    private static void validateEnum(JsonNode node, Class<?> type, String path, List<FactError> errors) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        if (!node.isTextual()) {
            errors.add(new FactError(path, "expected one of " + allowed + ", got " + describe(node)));
        } else if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.toString().equals(node.textValue()))) {
            errors.add(new FactError(path, "unknown value '" + node.textValue() + "'; expected one of " + allowed));
        }
    }

    private static void expect(boolean ok, JsonNode node, String expected, String path, List<FactError> errors) {
        if (!ok) {
            errors.add(new FactError(path, "expected " + expected + ", got " + describe(node)));
        }
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        return node.isArray() ? "a list" : node.isObject() ? "an object" : node.getNodeType().toString().toLowerCase();
    }

    /** Escapes a property name as a JSON pointer reference token (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}
