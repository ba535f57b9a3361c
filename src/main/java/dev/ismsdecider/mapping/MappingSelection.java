package dev.ismsdecider.mapping;

import java.util.List;

/** The pairs a filter selects, with the filter as it was understood (IDs normalised). */
public record MappingSelection(MappingFilter filter, int count, List<ControlPair> pairs) {

    public MappingSelection {
        pairs = List.copyOf(pairs);
    }
}
