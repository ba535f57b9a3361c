package dev.ismsdecider.knowledge;

import dev.ismsdecider.facts.Domain;
import dev.ismsdecider.facts.Iec62443Role;

import java.util.ArrayList;
import java.util.List;

/**
 * Which parts of the IEC 62443 series apply to a part of the scope, given the organisation's roles. Whoever
 * operates OT is its asset owner: the security programme (2-1), zones and conduits from a risk assessment (3-2)
 * and system requirements (3-3). A service provider adds 2-4 for the plants it works in; a product supplier adds
 * secure development (4-1) where its engineering tooling is. An unknown role adds nothing: it is not assumed.
 */
public final class Iec62443Parts {

    public static final String PROGRAMME = "IEC 62443-2-1";
    public static final String SERVICE_PROVIDER = "IEC 62443-2-4";
    public static final String ZONES_AND_CONDUITS = "IEC 62443-3-2";
    public static final String SYSTEM_REQUIREMENTS = "IEC 62443-3-3";
    public static final String SECURE_DEVELOPMENT = "IEC 62443-4-1";

    private Iec62443Parts() {
    }

    /** The parts for a domain governed (also) by IEC 62443; none for a domain left to ISO 27001. */
    public static List<String> forDomain(Domain domain, List<Iec62443Role> roles) {
        List<String> parts = new ArrayList<>();
        switch (domain) {
            case PLANT_OT, SAFETY_SYSTEMS -> parts.addAll(List.of(PROGRAMME, ZONES_AND_CONDUITS, SYSTEM_REQUIREMENTS));
            case ENGINEERING_TOOLING -> parts.addAll(List.of(PROGRAMME, SYSTEM_REQUIREMENTS));
            case IT_OT_BOUNDARY -> parts.addAll(forInterface());
            default -> {
                return List.of();
            }
        }
        if (has(roles, Iec62443Role.SERVICE_PROVIDER) && domain != Domain.IT_OT_BOUNDARY) {
            parts.add(SERVICE_PROVIDER);
        }
        if (has(roles, Iec62443Role.PRODUCT_SUPPLIER) && domain == Domain.ENGINEERING_TOOLING) {
            parts.add(SECURE_DEVELOPMENT);
        }
        return List.copyOf(parts);
    }

    /** The parts for an IT/OT interface: it is a conduit between zones, secured by system requirements. */
    public static List<String> forInterface() {
        return List.of(ZONES_AND_CONDUITS, SYSTEM_REQUIREMENTS);
    }

    private static boolean has(List<Iec62443Role> roles, Iec62443Role role) {
        return roles != null && roles.contains(role);
    }
}
