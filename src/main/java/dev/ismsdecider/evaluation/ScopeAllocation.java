package dev.ismsdecider.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ismsdecider.profile.Domain;
import dev.ismsdecider.profile.OrganizationProfile.ItOtInterface;

import java.util.List;

/**
 * Which management system governs one domain of the scope or one IT/OT interface (contract v1): exactly one of
 * {@code domain} and {@code itOtInterface} is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScopeAllocation(Domain domain, ItOtInterface itOtInterface, GovernedBy governedBy, List<String> iec62443Parts,
                              List<String> criteria, String reason) {

    public ScopeAllocation {
        iec62443Parts = List.copyOf(iec62443Parts);
        criteria = List.copyOf(criteria);
    }
}
