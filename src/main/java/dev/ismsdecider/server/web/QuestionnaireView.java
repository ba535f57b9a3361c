package dev.ismsdecider.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.server.web.FormFields.Field;
import dev.ismsdecider.server.web.FormFields.Kind;
import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The questionnaire as the templates show it: each field of {@link FormFields} with its question, its "why we ask"
 * line and its current answer taken from a profile's JSON, in the user's language. The wording must exist for every
 * field in {@code web/messages*.properties}; a field without it fails here rather than showing a key.
 */
public final class QuestionnaireView {

    /** One step (section) of the form. */
    public record StepView(String name, String id, String title, List<FieldView> fields) {
    }

    /** One choice of a question: its value, label, whether it is chosen, and its element id. */
    public record Option(String value, String label, boolean checked, String id) {
    }

    /** One row of a list of records. */
    public record RowView(int index, String label, String remove, List<FieldView> fields) {
    }

    /**
     * One question at a concrete pointer. {@code text} is the current answer of a text, number or text-list field,
     * {@code unknown} whether "Don't know" holds, {@code none} whether a list is known to be empty.
     */
    public record FieldView(String pointer, String id, Kind kind, String question, String why, List<Option> options,
                     String text, boolean unknown, boolean none, List<RowView> rows) {

        /** The id of the question's group, where open questions and errors link to. */
        /** The kind of question, by name, for the templates. */
        public String type() {
            return kind.name();
        }

        public String groupId() {
            return "q" + id.substring(1);
        }

        public String errorId() {
            return "err" + id.substring(1);
        }

        public String whyId() {
            return "why" + id.substring(1);
        }

        public String legendId() {
            return "lg" + id.substring(1);
        }

        public String rowsId() {
            return "rows" + id.substring(1);
        }
    }

    private final MessageSource messages;
    private final Locale locale;
    private final List<StepView> steps = new ArrayList<>();
    private final Set<String> pointers = new HashSet<>();

    QuestionnaireView(JsonNode profile, MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        for (FormFields.Step step : FormFields.STEPS) {
            List<FieldView> fields = step.fields().stream().map(f -> field(f, f.pointer(), profile)).toList();
            steps.add(new StepView(step.name(), "step-" + step.name(), text("step." + step.name()), fields));
        }
    }

    public List<StepView> steps() {
        return steps;
    }

    /** The one field at a concrete pointer (a list of records, after a row was added or removed). */
    FieldView fieldAt(String pointer) {
        return find(steps.stream().flatMap(s -> s.fields().stream()).toList(), pointer);
    }

    private static FieldView find(List<FieldView> fields, String pointer) {
        for (FieldView field : fields) {
            if (field.pointer().equals(pointer)) {
                return field;
            }
            for (RowView row : field.rows()) {
                FieldView inner = find(row.fields(), pointer);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** Every concrete pointer that has a control. */
    Set<String> pointers() {
        return pointers;
    }

    /** The id of the question a JSON path belongs to: its own, or that of the nearest enclosing question; "" when none. */
    String anchor(String path) {
        String p = path == null ? "" : path;
        while (!p.isEmpty()) {
            if (pointers.contains(p)) {
                return "q" + id(p).substring(1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return "";
    }

    /** The element id of a pointer: "/ot/present" becomes "f-ot-present". */
    static String id(String pointer) {
        return "f" + pointer.replace('/', '-');
    }

    private FieldView field(Field field, String pointer, JsonNode profile) {
        pointers.add(pointer);
        String key = field.pointer();
        String question = text("q." + key);
        String why = text("why." + key);
        JsonNode value = profile.at(pointer);
        boolean known = !value.isMissingNode() && !value.isNull();
        String id = id(pointer);
        List<Option> options = new ArrayList<>();
        String text = "";
        boolean none = false;
        List<RowView> rows = List.of();
        switch (field.kind()) {
            case BOOLEAN -> {
                options.add(new Option("true", text("answer.yes"), known && value.isBoolean() && value.booleanValue(), id + "-yes"));
                options.add(new Option("false", text("answer.no"), known && value.isBoolean() && !value.booleanValue(), id + "-no"));
                options.add(new Option(FormProfile.UNKNOWN, text("answer.unknown"), !known || !value.isBoolean(), id + "-unknown"));
                if (known && !value.isBoolean()) {
                    text = value.asText();
                }
            }
            case INTEGER, TEXT -> text = known ? value.asText() : "";
            case ENUM -> {
                options.add(new Option(FormProfile.UNKNOWN, text("answer.unknown"), !known, id + "-unknown"));
                for (String constant : field.values()) {
                    options.add(new Option(constant, label(constant), known && constant.equals(value.asText()), id + "-" + constant));
                }
            }
            case ENUM_LIST -> {
                Set<String> chosen = new HashSet<>();
                value.forEach(v -> chosen.add(v.asText()));
                for (String constant : field.values()) {
                    options.add(new Option(constant, label(constant), chosen.contains(constant), id + "-" + constant));
                }
                none = known && value.isArray() && value.isEmpty();
            }
            case TEXT_LIST -> {
                List<String> lines = new ArrayList<>();
                value.forEach(v -> lines.add(v.asText()));
                text = String.join("\n", lines);
                none = known && value.isArray() && value.isEmpty();
            }
            case ROWS -> {
                rows = new ArrayList<>();
                for (int i = 0; i < value.size(); i++) {
                    int index = i;
                    String rowPointer = pointer + "/" + i;
                    List<FieldView> inner = field.rowFields().stream()
                            .map(f -> field(f, rowPointer + f.pointer().substring(field.pointer().length() + 2), profile))
                            .toList();
                    rows.add(new RowView(index, text("rows.entry", index + 1), "remove:" + rowPointer, inner));
                }
                none = known && value.isArray() && value.isEmpty();
            }
        }
        return new FieldView(pointer, id, field.kind(), question, why, options, text, !known, none, rows);
    }

    private String label(String constant) {
        return messages.getMessage("enum." + constant, null, constant.replace('_', ' '), locale);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
