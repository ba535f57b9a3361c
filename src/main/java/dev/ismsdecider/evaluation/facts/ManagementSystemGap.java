package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.evaluation.GapStatus;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** A management-system element that is missing or not known to be in place. */
public record ManagementSystemGap(String element, String iso27001Clause, GapStatus status,
                                  @JsonIgnore String path) implements Traced {

    public static ManagementSystemGap of(IsmsElement element, GapStatus status) {
        return new ManagementSystemGap(element.element(), element.kind().contractV1Clause(), status, element.path());
    }

    @Override
    @JsonIgnore
    public List<String> paths() {
        return List.of(path);
    }

    @Override
    @JsonIgnore
    public String summary() {
        return "Management-system gap " + element + " " + status;
    }
}
