package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.profile.Domain;

/** One entry of {@code scope.domains}, with its position in the input. */
public record ScopeDomain(int index, Domain domain) implements HasEvidence {

    public String path() {
        return "/scope/domains/" + index;
    }

    @Override
    public Evidence evidence() {
        return Evidence.of(path(), domain);
    }
}
