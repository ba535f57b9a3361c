package dev.ismsdecider.evaluation.facts;

import java.util.List;

/** Derived: the organisation is under sector regulation, as it says or as its listed regulatory regimes show (BF-4). */
public record RegulatedSector(List<Evidence> evidence) implements Traced {

    public RegulatedSector {
        evidence = List.copyOf(evidence);
    }

    @Override
    public List<String> paths() {
        return Traced.pathsOf(evidence);
    }

    @Override
    public String summary() {
        return "Regulated sector";
    }
}
