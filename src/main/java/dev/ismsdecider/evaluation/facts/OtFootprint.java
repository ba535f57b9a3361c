package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.evaluation.Presence;

import dev.ismsdecider.profile.OtSign;

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

    /** PRESENT, resting on every input fact that shows OT. */
    public static OtFootprint inferredFrom(List<OtSign> signs) {
        return new OtFootprint(Presence.PRESENT, signs.stream().map(s -> Evidence.of(s.path(), s.value()))
                .sorted(Explain.BY_PATH).toList());
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
