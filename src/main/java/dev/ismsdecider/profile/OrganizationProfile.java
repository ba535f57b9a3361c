package dev.ismsdecider.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Optional;

/**
 * The organisation facts of contract v1. Every field may be {@code null}, which means unknown, never
 * "no". A {@code null} list is unknown; an empty list means "we know there are none". Written back
 * (as evidence) without the unknown fields, just as the user could have sent it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationProfile(
        Organization organization,
        Scope scope,
        Ot ot,
        Certification certification,
        Governance governance,
        List<ExternalExpectation> externalExpectations,
        List<ContractClause> contractClauses) {

    /** The same facts with every absent section replaced by one whose fields are all unknown. */
    public OrganizationProfile withEmptySections() {
        return new OrganizationProfile(
                organization != null ? organization : Organization.UNKNOWN,
                scope != null ? scope : Scope.UNKNOWN,
                ot != null ? ot : Ot.UNKNOWN,
                certification != null ? certification : Certification.UNKNOWN,
                governance != null ? governance.withEmptySections() : Governance.UNKNOWN,
                externalExpectations,
                contractClauses);
    }

    /** Who the organisation is and which regulation it is under. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(
            String name,
            Sector sector,
            Boolean regulated,
            List<String> regulatoryRegimes,
            List<Iec62443Role> iec62443Roles) {
        static final Organization UNKNOWN = new Organization(null, null, null, null, null);
    }

    /** What the security programme must cover. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scope(List<Domain> domains, List<SystemKind> systems) {
        static final Scope UNKNOWN = new Scope(null, null);
    }

    /** The operational-technology footprint. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ot(
            Boolean present,
            List<AssetType> assetTypes,
            Boolean brownfield,
            Integer oldestAssetAgeYears,
            List<ItOtInterface> itOtInterfaces,
            Boolean validatedSystems) {
        static final Ot UNKNOWN = new Ot(null, null, null, null, null, null);
    }

    /** A connection between an IT system and an OT system, e.g. MES to PLC. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItOtInterface(String from, String to) {
    }

    /** Certificates held and what they are used for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Certification(
            Boolean iso27001Certified,
            Boolean iso27001ForMarketAccess,
            Boolean iso27001AsDifferentiator,
            List<Iec62443Certification> iec62443Certifications) {
        static final Certification UNKNOWN = new Certification(null, null, null, null);

        // Bean-style accessors for the rule engine: its property resolver reads a method named
        // "iso27001…" as the boolean getter of "o27001…". JSON binding uses the record components.

        public Boolean getIso27001Certified() {
            return iso27001Certified;
        }

        public Boolean getIso27001ForMarketAccess() {
            return iso27001ForMarketAccess;
        }

        public Boolean getIso27001AsDifferentiator() {
            return iso27001AsDifferentiator;
        }
    }

    /** How security is governed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Governance(Boolean needsSingleAuditableSystem, ManagementSystem managementSystem) {
        static final Governance UNKNOWN = new Governance(null, ManagementSystem.UNKNOWN);

        Governance withEmptySections() {
            return managementSystem != null ? this : new Governance(needsSingleAuditableSystem, ManagementSystem.UNKNOWN);
        }
    }

    /**
     * Which management-system elements are in place today ({@code null}: not stated). The first five are
     * those of contract v1; the other ten are optional additions so that every ISO 27001:2022 clause from
     * 4.1 to 10.2 rests on a stated fact (the clauses each answers are in {@code mapping/isms-gap-analysis.json}).
     *
     * @param scopeDefinition        the scope of the management system and its context are determined (4.1, 4.3)
     * @param interestedParties      interested parties and their security requirements are identified (4.2)
     * @param leadership             top management directs the system and assigns roles (5.1, 5.3)
     * @param objectives             security objectives are set, planned and tracked (6.2, 8.1)
     * @param resources              the resources the system needs are provided (7.1)
     * @param competenceAndAwareness competence is ensured and people know their part (7.2, 7.3)
     * @param communication          what is communicated, when and to whom is decided (7.4)
     * @param documentedInformation  documented information is created and controlled (7.5)
     * @param monitoring             security performance is monitored and evaluated (9.1)
     * @param correctiveAction       nonconformities are handled with corrective action (10.2)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ManagementSystem(
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
        public static final ManagementSystem UNKNOWN = new ManagementSystem(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * A security expectation an external party has stated. {@code iec62443AcceptedInWriting} records
     * whether that party has accepted IEC 62443 in writing in place of ISO 27001 (an addition to v1).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExternalExpectation(
            String party,
            PartyKind partyKind,
            ExpectationKind expects,
            String reference,
            Boolean iec62443AcceptedInWriting) {
    }

    /**
     * A contract clause in the party's own words. {@code role} is what the clause is by its form (a
     * heading, a definition, ...), {@code null} when not known; the document readers set it, JSON input
     * may. {@code origins} maps spans of {@code text} back to the page, paragraph or line of the document
     * it was read from, in text order and covering the text; it is set by the document readers only,
     * never read from or written to JSON ({@link ContractFields}), and {@code null} for clauses given as
     * JSON.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContractClause(String id, String party, PartyKind partyKind, String text, ClauseRole role,
                                 @JsonIgnore List<TextOrigin> origins) {

        public ContractClause {
            origins = origins == null ? null : List.copyOf(origins);
        }

        /** A clause of which neither role nor origin is known. */
        public ContractClause(String id, String party, PartyKind partyKind, String text) {
            this(id, party, partyKind, text, null, null);
        }

        /** A clause of known role, not read from a document. */
        public ContractClause(String id, String party, PartyKind partyKind, String text, ClauseRole role) {
            this(id, party, partyKind, text, role, null);
        }

        /**
         * Where the character at {@code offset} of the text comes from; the text's length (the end of a
         * span) is where its last character comes from. Empty when the clause has no origins or the
         * offset lies outside the text.
         */
        public Optional<TextOrigin> locate(int offset) {
            if (origins == null || origins.isEmpty() || offset < 0) {
                return Optional.empty();
            }
            for (TextOrigin origin : origins) {
                if (offset >= origin.start() && offset < origin.end()) {
                    return Optional.of(origin);
                }
            }
            TextOrigin last = origins.get(origins.size() - 1);
            return offset == last.end() ? Optional.of(last) : Optional.empty();
        }
    }
}
