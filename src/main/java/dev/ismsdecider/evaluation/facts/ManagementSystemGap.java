package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.evaluation.GapStatus;

import dev.ismsdecider.gaps.ManagementSystemElement;

import java.util.List;

/** A management-system element that is missing or not known to be in place. */
public record ManagementSystemGap(String element, String iso27001Clause, GapStatus status,
                                  ManagementSystemElement kind) implements Traced {

    public static ManagementSystemGap of(IsmsElement element, GapStatus status) {
        return new ManagementSystemGap(element.element(), element.kind().contractV1Clause(), status, element.kind());
    }

    @Override
    public List<String> paths() {
        return List.of(kind.path());
    }

    @Override
    public String summary() {
        return "Management-system gap " + element + " " + status;
    }
}
