package dev.ismsdecider.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.ismsdecider.facts.Domain;

import java.util.List;

/** Which framework governs one domain of the scope, and the criteria that decided it. */
public record ScopeAllocation(Domain domain, GovernedBy governedBy, List<String> criteria,
                              @JsonIgnore String path) implements Traced {

    public ScopeAllocation {
        criteria = List.copyOf(criteria);
    }

    @Override
    @JsonIgnore
    public List<String> paths() {
        return List.of(path);
    }

    @Override
    @JsonIgnore
    public String summary() {
        return domain + " governed by " + governedBy;
    }
}
