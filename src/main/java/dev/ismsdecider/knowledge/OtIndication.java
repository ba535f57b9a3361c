package dev.ismsdecider.knowledge;

import java.util.List;

/** Derived: an input fact that shows OT exists although {@code ot.present} is not stated. */
public record OtIndication(List<Evidence> evidence) implements Traced {

    public OtIndication {
        evidence = List.copyOf(evidence);
    }

    @Override
    public List<String> paths() {
        return Traced.pathsOf(evidence);
    }

    @Override
    public String summary() {
        return "OT shown by " + String.join(", ", paths());
    }
}
