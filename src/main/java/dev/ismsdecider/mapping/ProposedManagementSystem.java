package dev.ismsdecider.mapping;

import dev.ismsdecider.facts.OrganizationProfile;

/**
 * The proposed shape of {@code governance.managementSystem}: the five fields of contract v1 with their meaning
 * unchanged, plus ten additive, optional fields so that every ISO/IEC 27001 clause from 4.1 to 10.2 rests on a
 * stated fact (the clause each one answers is in {@code isms-gap-analysis.json}). {@code null} is unknown, never
 * "no". This record is the proposal; the fact model adopts it by adding the same components to
 * {@link OrganizationProfile.ManagementSystem}.
 *
 * @param scopeDefinition        the scope of the management system and its context are determined and documented (4.1, 4.3)
 * @param interestedParties      interested parties and their security requirements are identified (4.2)
 * @param leadership             top management directs the system and assigns roles and authorities (5.1, 5.3)
 * @param objectives             security objectives are set, planned and tracked (6.2, 8.1)
 * @param resources              the resources the system needs are determined and provided (7.1)
 * @param competenceAndAwareness competence is ensured and people are aware of their part (7.2, 7.3)
 * @param communication          what is communicated, when, to whom and by whom is decided (7.4)
 * @param documentedInformation  documented information is created, updated and controlled (7.5)
 * @param monitoring             security performance and effectiveness are monitored and evaluated (9.1)
 * @param correctiveAction       nonconformities are handled with corrective action (10.2)
 */
public record ProposedManagementSystem(
        Boolean securityPolicy,
        Boolean riskManagement,
        Boolean internalAudit,
        Boolean managementReview,
        Boolean continualImprovement,
        Boolean scopeDefinition,
        Boolean interestedParties,
        Boolean leadership,
        Boolean objectives,
        Boolean resources,
        Boolean competenceAndAwareness,
        Boolean communication,
        Boolean documentedInformation,
        Boolean monitoring,
        Boolean correctiveAction) {

    /** Nothing stated. */
    public static final ProposedManagementSystem UNKNOWN = new ProposedManagementSystem(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The facts of contract v1 (may be {@code null}); the proposed fields stay unknown. */
    public static ProposedManagementSystem from(OrganizationProfile.ManagementSystem facts) {
        if (facts == null) {
            return UNKNOWN;
        }
        return new ProposedManagementSystem(facts.securityPolicy(), facts.riskManagement(), facts.internalAudit(),
                facts.managementReview(), facts.continualImprovement(),
                null, null, null, null, null, null, null, null, null, null);
    }

    /** The stated value of one element: {@code true}, {@code false}, or {@code null} when unknown. */
    public Boolean state(ManagementSystemElement element) {
        return switch (element) {
            case SECURITY_POLICY -> securityPolicy;
            case RISK_MANAGEMENT -> riskManagement;
            case INTERNAL_AUDIT -> internalAudit;
            case MANAGEMENT_REVIEW -> managementReview;
            case CONTINUAL_IMPROVEMENT -> continualImprovement;
            case SCOPE_DEFINITION -> scopeDefinition;
            case INTERESTED_PARTIES -> interestedParties;
            case LEADERSHIP -> leadership;
            case OBJECTIVES -> objectives;
            case RESOURCES -> resources;
            case COMPETENCE_AND_AWARENESS -> competenceAndAwareness;
            case COMMUNICATION -> communication;
            case DOCUMENTED_INFORMATION -> documentedInformation;
            case MONITORING -> monitoring;
            case CORRECTIVE_ACTION -> correctiveAction;
        };
    }
}
