package dev.ismsdecider.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ismsdecider.facts.FactsReader;
import dev.ismsdecider.facts.OrganizationProfile;
import dev.ismsdecider.facts.OrganizationProfile.ContractClause;
import dev.ismsdecider.facts.PartyKind;
import dev.ismsdecider.facts.StrictJson;

import java.util.Arrays;
import java.util.List;

/**
 * Fixture profiles for the clause rules: an OT-only plant where NR-2, NR-3 and NR-4 are known not to
 * hold and no external expectation is listed, so that the contract clauses alone decide NR-1.
 */
final class ClauseProfiles {

    static final DecisionEngine ENGINE = DecisionEngine.packaged();

    static final String CERTIFICATE = "Supplier shall maintain a valid ISO/IEC 27001 certificate covering all sites.";
    static final String OR_EQUIVALENT = "Supplier shall hold ISO 27001 certification or equivalent.";
    static final String ACCEPTS_IEC_62443 = "Supplier shall be certified to either ISO/IEC 27001 or IEC 62443-2-1.";
    static final String IEC_62443_ONLY = "The integrator shall meet IEC 62443-2-4 at ML2.";

    private ClauseProfiles() {
    }

    static ContractClause clause(String id, String text) {
        return new ContractClause(id, "Big Pharma Inc.", PartyKind.CUSTOMER, text);
    }

    /** The OT-only plant with these contract clauses. */
    static OrganizationProfile otOnlyPlantWith(ContractClause... clauses) {
        try {
            return FactsReader.read("""
                    {"organization": {"name": "Plant Only GmbH", "sector": "CHEMICALS", "regulated": false},
                     "scope": {"domains": ["PLANT_OT"], "systems": ["SCADA"]},
                     "ot": {"present": true},
                     "certification": {"iso27001Certified": false},
                     "governance": {"needsSingleAuditableSystem": false},
                     "externalExpectations": [],
                     "contractClauses": %s}""".formatted(StrictJson.mapper().writeValueAsString(Arrays.asList(clauses))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> rulesFired(dev.ismsdecider.assessment.Assessment a) {
        return a.trace().stream().map(dev.ismsdecider.assessment.TraceStep::rule).toList();
    }
}
