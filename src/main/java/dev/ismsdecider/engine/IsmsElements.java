package dev.ismsdecider.engine;

import dev.ismsdecider.facts.OrganizationProfile.ManagementSystem;
import dev.ismsdecider.knowledge.IsmsElement;

import java.util.List;

/**
 * The management-system elements of {@code governance.managementSystem}, each with the ISO 27001:2022
 * clause(s) that require it.
 */
final class IsmsElements {

    /** The element names in the order the profile lists them. */
    static final List<String> ORDER = of(ManagementSystem.UNKNOWN).stream()
            .map(IsmsElement::element).toList();

    private IsmsElements() {
    }

    static List<IsmsElement> of(ManagementSystem ms) {
        return List.of(
                new IsmsElement(0, "securityPolicy", "5.2", ms.securityPolicy()),
                new IsmsElement(1, "riskManagement", "6.1/8.2/8.3", ms.riskManagement()),
                new IsmsElement(2, "internalAudit", "9.2", ms.internalAudit()),
                new IsmsElement(3, "managementReview", "9.3", ms.managementReview()),
                new IsmsElement(4, "continualImprovement", "10.1", ms.continualImprovement()));
    }
}
