package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.profile.Domain;
import dev.ismsdecider.profile.Iec62443Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Which parts of the IEC 62443 series apply to a part of the scope, given the organisation's roles. Whoever
 * operates OT is its asset owner: the security programme (2-1), zones and conduits from a risk assessment (3-2)
 * and system requirements (3-3). A service provider (integrator, maintainer) works to 2-4 and the system
 * requirements of what it builds (3-3); one that is not also the asset owner does not run the owner's programme
 * (2-1) or risk assessment (3-2). A product supplier adds secure development (4-1) and component requirements
 * (4-2) where its engineering tooling is. Unknown roles are read as the asset owner's, the one role every
 * operator of OT has; nothing else is assumed.
 */
public final class Iec62443Parts {

    public static final String PROGRAMME = "IEC 62443-2-1";
    public static final String SERVICE_PROVIDER = "IEC 62443-2-4";
    public static final String ZONES_AND_CONDUITS = "IEC 62443-3-2";
    public static final String SYSTEM_REQUIREMENTS = "IEC 62443-3-3";
    public static final String SECURE_DEVELOPMENT = "IEC 62443-4-1";
    public static final String COMPONENT_REQUIREMENTS = "IEC 62443-4-2";

    private Iec62443Parts() {
    }

    /** The parts for a domain governed (also) by IEC 62443; none for a domain left to ISO 27001. */
    public static List<String> forDomain(Domain domain, List<Iec62443Role> roles) {
        if (domain == Domain.IT_OT_BOUNDARY) {
            return forInterface();
        }
        if (!domain.impliesOt()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        boolean serviceProvider = has(roles, Iec62443Role.SERVICE_PROVIDER);
        if (!serviceProvider || has(roles, Iec62443Role.ASSET_OWNER)) {
            parts.add(PROGRAMME);
            if (domain != Domain.ENGINEERING_TOOLING) {
                parts.add(ZONES_AND_CONDUITS);
            }
        }
        if (serviceProvider) {
            parts.add(SERVICE_PROVIDER);
        }
        parts.add(SYSTEM_REQUIREMENTS);
        if (has(roles, Iec62443Role.PRODUCT_SUPPLIER) && domain == Domain.ENGINEERING_TOOLING) {
            parts.add(SECURE_DEVELOPMENT);
            parts.add(COMPONENT_REQUIREMENTS);
        }
        return parts.stream().sorted().toList();
    }

    /** The parts for an IT/OT interface: it is a conduit between zones, secured by system requirements. */
    public static List<String> forInterface() {
        return List.of(ZONES_AND_CONDUITS, SYSTEM_REQUIREMENTS);
    }

    private static boolean has(List<Iec62443Role> roles, Iec62443Role role) {
        return roles != null && roles.contains(role);
    }
}
