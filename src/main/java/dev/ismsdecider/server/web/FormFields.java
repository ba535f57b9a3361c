package dev.ismsdecider.server.web;

import dev.ismsdecider.profile.ContractFields;
import dev.ismsdecider.profile.OrganizationProfile;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The questions of the questionnaire, worked out from the record types of the organisation profile: one step per
 * section of {@link OrganizationProfile}, one field per fact, nested records flattened into their section and lists
 * of records as rows. Deriving them from the types keeps the form and contract v1 in step: a new fact becomes a
 * question (whose wording {@code web/messages*.properties} must then supply) without anyone keeping a list.
 */
final class FormFields {

    /** How a fact is asked for. */
    enum Kind { BOOLEAN, INTEGER, TEXT, ENUM, ENUM_LIST, TEXT_LIST, ROWS }

    /**
     * One fact. {@code pointer} is its JSON pointer with {@code *} for a row index ({@code /externalExpectations/*&#47;party});
     * {@code values} the enum constants of ENUM and ENUM_LIST, {@code rowFields} the fields of one row of ROWS.
     */
    record Field(String pointer, Kind kind, List<String> values, List<Field> rowFields) {

        /** The last segment of the pointer. */
        String name() {
            return pointer.substring(pointer.lastIndexOf('/') + 1);
        }
    }

    /** One step of the questionnaire: a section of the profile. */
    record Step(String name, List<Field> fields) {
    }

    static final List<Step> STEPS = steps();

    private FormFields() {
    }

    private static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        for (RecordComponent section : OrganizationProfile.class.getRecordComponents()) {
            List<Field> fields = new ArrayList<>();
            add(fields, "/" + section.getName(), section.getGenericType(), section.getType());
            steps.add(new Step(section.getName(), List.copyOf(fields)));
        }
        return List.copyOf(steps);
    }

    private static void add(List<Field> fields, String pointer, Type generic, Class<?> type) {
        if (type.isRecord()) {
            for (RecordComponent component : ContractFields.of(type)) {
                add(fields, pointer + "/" + component.getName(), component.getGenericType(), component.getType());
            }
        } else if (type == Boolean.class) {
            fields.add(new Field(pointer, Kind.BOOLEAN, List.of(), List.of()));
        } else if (type == Integer.class) {
            fields.add(new Field(pointer, Kind.INTEGER, List.of(), List.of()));
        } else if (type == String.class) {
            fields.add(new Field(pointer, Kind.TEXT, List.of(), List.of()));
        } else if (type.isEnum()) {
            fields.add(new Field(pointer, Kind.ENUM, constants(type), List.of()));
        } else if (type == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
            if (element.isEnum()) {
                fields.add(new Field(pointer, Kind.ENUM_LIST, constants(element), List.of()));
            } else if (element == String.class) {
                fields.add(new Field(pointer, Kind.TEXT_LIST, List.of(), List.of()));
            } else if (element.isRecord()) {
                List<Field> row = new ArrayList<>();
                add(row, pointer + "/*", element, element);
                fields.add(new Field(pointer, Kind.ROWS, List.of(), List.copyOf(row)));
            } else {
                throw new IllegalStateException("no question type for a list of " + element.getSimpleName() + " at " + pointer);
            }
        } else {
            throw new IllegalStateException("no question type for " + type.getSimpleName() + " at " + pointer);
        }
    }

    private static List<String> constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** Every field, rows' fields included, depth first. */
    static List<Field> all() {
        List<Field> all = new ArrayList<>();
        STEPS.forEach(step -> step.fields().forEach(f -> collect(f, all)));
        return all;
    }

    private static void collect(Field field, List<Field> into) {
        into.add(field);
        field.rowFields().forEach(f -> collect(f, into));
    }
}
