package dev.ismsdecider.gaps;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ismsdecider.profile.OrganizationProfile;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The management-system elements an organisation states under {@code governance.managementSystem}, by their field
 * name: the one list of them, for the rules (PA-3), the contract's {@code managementSystemGaps} and the clause analysis. The first five exist in contract v1; the other ten were added for the clause-level gap analysis (see
 * {@link OrganizationProfile.ManagementSystem}). Which clauses each element answers is data, in
 * {@code isms-gap-analysis.json}.
 */
public enum ManagementSystemElement {
    SECURITY_POLICY("securityPolicy", "5.2"),
    RISK_MANAGEMENT("riskManagement", "6.1/8.2/8.3"),
    INTERNAL_AUDIT("internalAudit", "9.2"),
    MANAGEMENT_REVIEW("managementReview", "9.3"),
    CONTINUAL_IMPROVEMENT("continualImprovement", "10.1"),
    SCOPE_DEFINITION("scopeDefinition", null),
    INTERESTED_PARTIES("interestedParties", null),
    LEADERSHIP("leadership", null),
    OBJECTIVES("objectives", null),
    RESOURCES("resources", null),
    COMPETENCE_AND_AWARENESS("competenceAndAwareness", null),
    COMMUNICATION("communication", null),
    DOCUMENTED_INFORMATION("documentedInformation", null),
    MONITORING("monitoring", null),
    CORRECTIVE_ACTION("correctiveAction", null);

    private final String field;
    private final String contractV1Clause;

    ManagementSystemElement(String field, String contractV1Clause) {
        this.field = field;
        this.contractV1Clause = contractV1Clause;
    }

    /**
     * For the five fields of contract v1, the ISO 27001:2022 clause(s) a gap of this element is reported under in
     * {@code managementSystemGaps} ("9.2"); {@code null} for the later additions, which the clause analysis covers.
     */
    public String contractV1Clause() {
        return contractV1Clause;
    }

    /** The field name under {@code governance.managementSystem}. */
    @JsonValue
    public String field() {
        return field;
    }

    private static final Map<String, ManagementSystemElement> BY_FIELD = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ManagementSystemElement::field, e -> e));

    /** The element of a field name; an unknown name is a programming error. */
    public static ManagementSystemElement byField(String field) {
        ManagementSystemElement element = BY_FIELD.get(field);
        if (element == null) {
            throw new IllegalArgumentException("no management-system element " + field);
        }
        return element;
    }

    /** The JSON pointer of the fact in an organisation profile. */
    public String path() {
        return "/governance/managementSystem/" + field;
    }

    /** The stated value of this element: {@code true}, {@code false}, or {@code null} when unknown. */
    public Boolean stateIn(OrganizationProfile.ManagementSystem facts) {
        return switch (this) {
            case SECURITY_POLICY -> facts.securityPolicy();
            case RISK_MANAGEMENT -> facts.riskManagement();
            case INTERNAL_AUDIT -> facts.internalAudit();
            case MANAGEMENT_REVIEW -> facts.managementReview();
            case CONTINUAL_IMPROVEMENT -> facts.continualImprovement();
            case SCOPE_DEFINITION -> facts.scopeDefinition();
            case INTERESTED_PARTIES -> facts.interestedParties();
            case LEADERSHIP -> facts.leadership();
            case OBJECTIVES -> facts.objectives();
            case RESOURCES -> facts.resources();
            case COMPETENCE_AND_AWARENESS -> facts.competenceAndAwareness();
            case COMMUNICATION -> facts.communication();
            case DOCUMENTED_INFORMATION -> facts.documentedInformation();
            case MONITORING -> facts.monitoring();
            case CORRECTIVE_ACTION -> facts.correctiveAction();
        };
    }

    /** True for the five fields of contract v1; false for the later additions. */
    public boolean inContractV1() {
        return contractV1Clause != null;
    }
}
