package dev.ismsdecider.knowledge;

import dev.ismsdecider.facts.OrganizationProfile.Ot;

import java.util.ArrayList;
import java.util.List;

/** Derived: an input fact that shows OT exists although {@code ot.present} is not stated. */
public record OtIndication(List<Evidence> evidence) implements Traced {

    public OtIndication {
        evidence = List.copyOf(evidence);
    }

    /** Evidence of OT in the {@code ot} section itself: listed assets and IT/OT interfaces. */
    public static List<Evidence> ofOt(Ot ot) {
        List<Evidence> evidence = new ArrayList<>();
        if (ot.assetTypes() != null && !ot.assetTypes().isEmpty()) {
            evidence.add(Evidence.of("/ot/assetTypes", ot.assetTypes()));
        }
        if (ot.itOtInterfaces() != null && !ot.itOtInterfaces().isEmpty()) {
            evidence.add(Evidence.of("/ot/itOtInterfaces", ot.itOtInterfaces()));
        }
        return evidence;
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
