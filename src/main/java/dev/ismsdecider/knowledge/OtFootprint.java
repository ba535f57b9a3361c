package dev.ismsdecider.knowledge;

import java.util.List;

/**
 * Derived: whether there is an OT/IACS footprint, and the facts that show it. Several PRESENT facts may
 * coexist (one per fact that shows OT); ABSENT and UNKNOWN exclude PRESENT and each other.
 */
public record OtFootprint(Presence presence, List<Evidence> evidence) implements Traced {

    public OtFootprint {
        evidence = List.copyOf(evidence);
    }

    public static OtFootprint of(Presence presence, Evidence... evidence) {
        return new OtFootprint(presence, List.of(evidence));
    }

    /** PRESENT, resting on everything that indicated OT. */
    public static OtFootprint inferredFrom(List<OtIndication> indications) {
        return new OtFootprint(Presence.PRESENT, indications.stream().flatMap(i -> i.evidence().stream()).toList());
    }

    @Override
    public List<String> paths() {
        return Traced.pathsOf(evidence);
    }

    @Override
    public String summary() {
        return "OT footprint " + presence.name().toLowerCase();
    }
}
