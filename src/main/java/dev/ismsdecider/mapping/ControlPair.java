package dev.ismsdecider.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One mapped pair: a 62443 requirement and an ISO/IEC 27001:2022 Annex A control, with their relationship,
 * the confidence and the CSF subcategories it came through. {@code foundationalRequirement} is set for
 * IEC 62443-3-3 system requirements only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ControlPair(
        Standard standard,
        String requirement,
        String foundationalRequirement,
        String annexA,
        Relationship relationship,
        Confidence confidence,
        List<PivotPath> provenance) {

    public ControlPair {
        provenance = List.copyOf(provenance);
    }

    /** The CSF subcategories the pair came through, in source order. */
    public List<String> subcategories() {
        return provenance.stream().map(PivotPath::subcategory).toList();
    }
}
