package dev.ismsdecider.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * The components of a contract v1 record that are fields of the JSON contract: all but those marked
 * {@link JsonIgnore} (set by the program, such as a clause's origins in its document). The strict reader,
 * the what-if search and the questionnaire walk these, so a field added to a record is read, tried and
 * asked, and a program-set one never is.
 */
public final class ContractFields {

    private ContractFields() {
    }

    public static List<RecordComponent> of(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).filter(ContractFields::isField).toList();
    }

    public static boolean isField(RecordComponent component) {
        return !component.getAccessor().isAnnotationPresent(JsonIgnore.class);
    }
}
