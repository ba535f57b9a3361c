package dev.ismsdecider.mapping;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The management-system elements an organisation states under {@code governance.managementSystem}, by their field
 * name. The first five exist in contract v1; the others are the additive fields this package proposes (see
 * {@link ProposedManagementSystem}). Which clauses each element answers is data, in {@code isms-gap-analysis.json}.
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

    /** True for the five fields of contract v1; false for the proposed additions. */
    public boolean inContractV1() {
        return inContractV1;
    }
}
