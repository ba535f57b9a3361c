package dev.ismsdecider.profile;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The shape of a record type and of every type it holds (records, lists, enums, scalars), worked out
 * once: checks a JSON tree against it and binds the tree to the record in the same walk. Every mismatch is reported with its JSON pointer: unknown properties, unknown
 * enum values, wrong types, {@code null} inside a list. {@code null} or an absent property is always
 * accepted and bound as {@code null}: it means "unknown". What binds is what Jackson would bind for the
 * same tree (canonical constructor, lists as {@link ArrayList}, enums by name), without its second walk.
 */
abstract sealed class RecordShape {

    /**
     * Checks {@code node} and returns its value, or {@code null} for {@code null}, absent or faulty input;
     * the caller uses the value only when {@code errors} stayed empty.
     */
    final Object bind(JsonNode node, String path, List<FactError> errors) {
        return node == null || node.isNull() ? null : bindPresent(node, path, errors);
    }

    /** {@link #bind} for a node that is there and not {@code null}. */
    abstract Object bindPresent(JsonNode node, String path, List<FactError> errors);

    /** The shape of a type: a record (with the shapes of all the types it holds), a list, an enum or a scalar. */
    static RecordShape of(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            return new RecordOf(raw);
        } else if (raw == List.class && type instanceof ParameterizedType p) {
            return new ListOf(of(p.getActualTypeArguments()[0]));
        } else if (raw.isEnum()) {
            return new EnumOf(raw);
        } else if (raw == Boolean.class) {
            return new Scalar(Scalar.Kind.BOOLEAN);
        } else if (raw == Integer.class) {
            return new Scalar(Scalar.Kind.WHOLE_NUMBER);
        } else if (raw == String.class) {
            return new Scalar(Scalar.Kind.STRING);
        }
        throw new IllegalStateException("no shape check for " + type);
    }

    /** A JSON object whose properties are the record's components, bound through its canonical constructor. */
    private static final class RecordOf extends RecordShape {
        private final Constructor<?> constructor;
        private final Map<String, Integer> indexes = new LinkedHashMap<>();
        private final RecordShape[] components;
        private final String expected;

        RecordOf(Class<?> type) {
            RecordComponent[] declared = type.getRecordComponents();
            components = new RecordShape[declared.length];
            Class<?>[] parameters = new Class<?>[declared.length];
            for (int i = 0; i < declared.length; i++) {
                parameters[i] = declared[i].getType();
                if (ContractFields.isField(declared[i])) { // a program-set component stays null and is no property
                    indexes.put(declared[i].getName(), i);
                    components[i] = of(declared[i].getGenericType());
                }
            }
            expected = indexes.keySet().stream().sorted().collect(Collectors.joining(", "));
            try {
                constructor = type.getDeclaredConstructor(parameters);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type, e);
            }
        }

        @Override
        Object bindPresent(JsonNode node, String path, List<FactError> errors) {
            if (!node.isObject()) {
                errors.add(new FactError(path, "expected an object or null, got " + describe(node)));
                return null;
            }
            Object[] values = new Object[components.length];
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = path + "/" + escape(field.getKey());
                Integer index = indexes.get(field.getKey());
                if (index == null) {
                    errors.add(new FactError(fieldPath, "unknown property '" + field.getKey() + "'; expected one of " + expected));
                } else {
                    values[index] = components[index].bind(field.getValue(), fieldPath, errors);
                }
            }
            return errors.isEmpty() ? construct(values) : null;
        }

        private Object construct(Object[] values) {
            try {
                return constructor.newInstance(values);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                // Only checked shapes get here; a record that still refuses them is a bug, reported without internals.
                throw new InvalidFactsException(List.of(new FactError("", "the profile could not be read")), false);
            }
        }
    }

    /** A JSON array whose entries all have one shape; {@code null} entries are refused. */
    private static final class ListOf extends RecordShape {
        private final RecordShape element;

        ListOf(RecordShape element) {
            this.element = element;
        }

        @Override
        Object bindPresent(JsonNode node, String path, List<FactError> errors) {
            if (!node.isArray()) {
                errors.add(new FactError(path, "expected a list or null, got " + describe(node)));
                return null;
            }
            List<Object> values = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                JsonNode entry = node.get(i);
                String entryPath = path + "/" + i;
                if (entry.isNull()) {
                    errors.add(new FactError(entryPath, "null is not allowed inside a list; leave the entry out"));
                } else {
                    values.add(element.bind(entry, entryPath, errors));
                }
            }
            return values;
        }
    }

    /** A JSON string naming one constant of an enum. */
    private static final class EnumOf extends RecordShape {
        private final Map<String, Object> constants = new LinkedHashMap<>();
        private final String allowed;

        EnumOf(Class<?> type) {
            for (Object constant : type.getEnumConstants()) {
                constants.put(((Enum<?>) constant).name(), constant);
            }
            allowed = String.join(", ", constants.keySet());
        }

        @Override
        Object bindPresent(JsonNode node, String path, List<FactError> errors) {
            if (!node.isTextual()) {
                errors.add(new FactError(path, "expected one of " + allowed + ", got " + describe(node)));
                return null;
            }
            Object constant = constants.get(node.textValue());
            if (constant == null) {
                errors.add(new FactError(path, "unknown value '" + node.textValue() + "'; expected one of " + allowed));
            }
            return constant;
        }
    }

    /** A JSON boolean, whole number or string. */
    private static final class Scalar extends RecordShape {

        enum Kind {
            BOOLEAN("true, false or null"), WHOLE_NUMBER("a whole number or null"), STRING("a string or null");

            final String expected;

            Kind(String expected) {
                this.expected = expected;
            }
        }

        private final Kind kind;

        Scalar(Kind kind) {
            this.kind = kind;
        }

        @Override
        Object bindPresent(JsonNode node, String path, List<FactError> errors) {
            Object value = switch (kind) {
                case BOOLEAN -> node.isBoolean() ? node.booleanValue() : null;
                case WHOLE_NUMBER -> node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
                case STRING -> node.isTextual() ? node.textValue() : null;
            };
            if (value == null) {
                errors.add(new FactError(path, "expected " + kind.expected + ", got " + describe(node)));
            }
            return value;
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
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
