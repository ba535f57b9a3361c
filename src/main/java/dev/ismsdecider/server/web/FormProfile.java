package dev.ismsdecider.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.server.web.FormFields.Field;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns the questionnaire's form into the organisation profile's JSON: each control is named by its fact's JSON
 * pointer, so the form's values go to those pointers. Nothing is decided or checked here: the JSON is then read by
 * {@code FactsReader} like any profile, so a wrong value gets the reader's error at its path.
 * <p>
 * Unknown stays unknown: {@value #UNKNOWN} ("Don't know") and an empty answer leave a fact out of the JSON; a list is
 * {@code []} only when {@value #NONE} ("none of these") was ticked and nothing else; a list of records exists when it
 * has rows or was marked complete.
 */
final class FormProfile {

    /** The value of every "Don't know" control. */
    static final String UNKNOWN = "?";
    /** The value of "none of these" on a list: the list is known to be empty. */
    static final String NONE = "[]";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FormProfile() {
    }

    /** The profile the form's values describe. */
    static ObjectNode read(Map<String, List<String>> form) {
        ObjectNode root = JSON.objectNode();
        for (FormFields.Step step : FormFields.STEPS) {
            for (Field field : step.fields()) {
                put(root, field.pointer(), value(field, field.pointer(), form));
            }
        }
        return root;
    }

    private static JsonNode value(Field field, String pointer, Map<String, List<String>> form) {
        List<String> values = form.getOrDefault(pointer, List.of());
        return switch (field.kind()) {
            case BOOLEAN -> {
                String answer = answer(values);
                yield answer == null ? null : "true".equals(answer) ? JSON.booleanNode(true)
                        : "false".equals(answer) ? JSON.booleanNode(false) : JSON.textNode(answer);
            }
            case INTEGER -> {
                String answer = answer(values);
                yield answer == null ? null : number(answer.trim());
            }
            case TEXT, ENUM -> {
                String answer = answer(values);
                yield answer == null ? null : JSON.textNode(answer);
            }
            case ENUM_LIST -> list(values.stream().filter(FormProfile::isAnswer).toList(), values);
            case TEXT_LIST -> list(values.stream().flatMap(v -> v.lines()).filter(FormProfile::isAnswer).toList(), values);
            case ROWS -> rows(field, pointer, form);
        };
    }

    private static JsonNode number(String text) {
        try {
            long number = Long.parseLong(text);
            return number == (int) number ? JSON.numberNode((int) number) : JSON.numberNode(number);
        } catch (NumberFormatException notANumber) {
            return JSON.textNode(text); // the reader names the path and says a number is expected
        }
    }

    private static JsonNode list(List<String> items, List<String> values) {
        if (!items.isEmpty()) {
            ArrayNode list = JSON.arrayNode();
            items.forEach(list::add);
            return list;
        }
        return values.contains(NONE) ? JSON.arrayNode() : null;
    }

    private static JsonNode rows(Field field, String pointer, Map<String, List<String>> form) {
        TreeSet<Integer> indices = new TreeSet<>();
        String prefix = pointer + "/";
        for (String name : form.keySet()) {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                int end = rest.indexOf('/');
                String index = end < 0 ? rest : rest.substring(0, end);
                if (!index.isEmpty() && index.length() < 6 && index.chars().allMatch(Character::isDigit)) {
                    indices.add(Integer.parseInt(index));
                }
            }
        }
        if (indices.isEmpty()) {
            return form.getOrDefault(pointer, List.of()).contains(NONE) ? JSON.arrayNode() : null;
        }
        ArrayNode rows = JSON.arrayNode();
        String template = field.pointer() + "/*";
        for (int index : indices) {
            ObjectNode row = JSON.objectNode();
            for (Field rowField : field.rowFields()) {
                String relative = rowField.pointer().substring(template.length());
                put(row, relative, value(rowField, prefix + index + relative, form));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The first value that answers the question, or null when there is none ("Don't know", left empty). */
    private static String answer(List<String> values) {
        return values.stream().filter(FormProfile::isAnswer).findFirst().orElse(null);
    }

    private static boolean isAnswer(String value) {
        return !value.isBlank() && !UNKNOWN.equals(value) && !NONE.equals(value);
    }

    /** Sets the value at a pointer of plain names, making the objects on the way; a null value is left out. */
    static void put(ObjectNode root, String pointer, JsonNode value) {
        if (value == null) {
            return;
        }
        String[] names = pointer.substring(1).split("/");
        ObjectNode node = root;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode next = node.get(names[i]);
            ObjectNode object;
            if (next instanceof ObjectNode existing) {
                object = existing;
            } else {
                object = JSON.objectNode();
                node.set(names[i], object);
            }
            node = object;
        }
        node.set(names[names.length - 1], value);
    }

    /** Adds an empty row to the list of records at a pointer (which then is known). */
    static void addRow(ObjectNode root, String pointer) {
        JsonNode list = root.at(pointer);
        if (list instanceof ArrayNode rows) {
            rows.addObject();
        } else {
            ArrayNode rows = JSON.arrayNode();
            rows.addObject();
            put(root, pointer, rows);
        }
    }

    /** Removes row {@code index} of the list of records at a pointer; the list stays known, if empty. */
    static void removeRow(ObjectNode root, String pointer, int index) {
        if (root.at(pointer) instanceof ArrayNode rows && index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** The field of a list of records, by its pointer (with row indices), or null. */
    static Field rowsField(String pointer) {
        String template = pointer.replaceAll("/\\d+(?=/|$)", "/*");
        return FormFields.all().stream()
                .filter(f -> f.kind() == FormFields.Kind.ROWS && f.pointer().equals(template))
                .findFirst().orElse(null);
    }
}
