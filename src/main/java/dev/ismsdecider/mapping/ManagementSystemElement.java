package dev.ismsdecider.mapping;

import dev.ismsdecider.facts.OrganizationProfile;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The management-system elements an organisation states under {@code governance.managementSystem}, by their field
 * name. The first five exist in contract v1; the other ten were added for the clause-level gap analysis (see
 * {@link OrganizationProfile.ManagementSystem}). Which clauses each element answers is data, in
 * {@code isms-gap-analysis.json}.
 */
public enum ManagementSystemElement {
    SECURITY_POLICY("securityPolicy", true),
    RISK_MANAGEMENT("riskManagement", true),
    INTERNAL_AUDIT("internalAudit", true),
    MANAGEMENT_REVIEW("managementReview", true),
    CONTINUAL_IMPROVEMENT("continualImprovement", true),
    SCOPE_DEFINITION("scopeDefinition", false),
    INTERESTED_PARTIES("interestedParties", false),
    LEADERSHIP("leadership", false),
    OBJECTIVES("objectives", false),
    RESOURCES("resources", false),
    COMPETENCE_AND_AWARENESS("competenceAndAwareness", false),
    COMMUNICATION("communication", false),
    DOCUMENTED_INFORMATION("documentedInformation", false),
    MONITORING("monitoring", false),
    CORRECTIVE_ACTION("correctiveAction", false);

    private final String field;
    private final boolean inContractV1;

    ManagementSystemElement(String field, boolean inContractV1) {
        this.field = field;
        this.inContractV1 = inContractV1;
    }

    /** The field name under {@code governance.managementSystem}. */
    @JsonValue
    public String field() {
        return field;
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
        return inContractV1;
    }
}
