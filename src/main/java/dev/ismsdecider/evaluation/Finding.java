package dev.ismsdecider.evaluation;

import java.util.List;

/** A criterion that applies to the organisation (contract v1): its kind, the plain-language reason and the facts it rests on. */
public record Finding(String criterion, FindingKind kind, String title, String explanation, List<Evidence> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }
}
