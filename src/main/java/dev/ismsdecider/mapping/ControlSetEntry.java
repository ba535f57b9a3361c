package dev.ismsdecider.mapping;

import java.util.List;

/**
 * One line of the OT control set for the Statement of Applicability (CO-1, EV-2): an Annex A control, the
 * IEC 62443-3-3 system requirements that implement it in the OT domain, their relationship to the control, and the
 * CSF subcategories that link them.
 */
public record ControlSetEntry(String annexA, List<String> systemRequirements, Relationship relationship,
                              Confidence.Level bestConfidence, List<String> subcategories) {

    public ControlSetEntry {
        systemRequirements = List.copyOf(systemRequirements);
        subcategories = List.copyOf(subcategories);
    }
}
