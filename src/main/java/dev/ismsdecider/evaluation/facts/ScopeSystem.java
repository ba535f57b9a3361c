package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.profile.SystemKind;

/** One entry of {@code scope.systems}, with its position in the input. */
public record ScopeSystem(int index, SystemKind system) implements HasEvidence {

    public String path() {
        return "/scope/systems/" + index;
    }

    @Override
    public Evidence evidence() {
        return Evidence.of(path(), system);
    }
}
