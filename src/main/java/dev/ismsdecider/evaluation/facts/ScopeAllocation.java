package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.evaluation.GovernedBy;

import dev.ismsdecider.profile.Domain;
import dev.ismsdecider.profile.OrganizationProfile.ItOtInterface;

import java.util.List;

/**
 * Which framework governs one domain of the scope, or one IT/OT interface, which IEC 62443 parts apply there,
 * the criteria that decided it and why. Exactly one of {@code domain} and {@code itOtInterface} is set.
 */
public record ScopeAllocation(Domain domain, ItOtInterface itOtInterface, GovernedBy governedBy, List<String> iec62443Parts,
                              List<String> criteria, String reason, String path) implements Traced {

    public ScopeAllocation {
        iec62443Parts = List.copyOf(iec62443Parts);
        criteria = List.copyOf(criteria);
    }

    /** A domain of {@code scope.domains}. */
    public static ScopeAllocation ofDomain(ScopeDomain domain, GovernedBy governedBy, List<String> parts, List<String> criteria, String reason) {
        return new ScopeAllocation(domain.domain(), null, governedBy, parts, criteria, reason, domain.path());
    }

    /** An interface of {@code ot.itOtInterfaces}. */
    public static ScopeAllocation ofInterface(ItOtLink link, List<String> criteria, String reason) {
        return new ScopeAllocation(null, link.link(), GovernedBy.BOTH, Iec62443Parts.forInterface(), criteria, reason, link.path());
    }

    @Override
    public List<String> paths() {
        return List.of(path);
    }

    @Override
    public String summary() {
        return (domain != null ? domain.name() : ItOtLink.describe(itOtInterface)) + " governed by " + governedBy;
    }
}
