package dev.ismsdecider;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.profile.StrictJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An organisation profile under test, edited by JSON pointer so each test states only the fact it is
 * about. Every edit returns a new fixture; the profile goes through the same strict reader as users' input.
 */
public final class ProfileFixture {

    /**
     * OT only, every NR criterion known not to hold: the one profile that may rely primarily on
     * IEC 62443. Tests flip one fact at a time from here.
     */
    public static final ProfileFixture OT_ONLY = parse("""
            {
              "organization": { "name": "Fixture Plant", "sector": "CHEMICALS", "regulated": false, "iec62443Roles": ["ASSET_OWNER"] },
              "scope": { "domains": ["PLANT_OT"], "systems": ["DCS"] },
              "ot": { "present": true, "assetTypes": ["DCS", "PLC"], "brownfield": false, "oldestAssetAgeYears": 5,
                      "itOtInterfaces": [], "validatedSystems": false },
              "certification": { "iso27001Certified": false },
              "governance": { "needsSingleAuditableSystem": false,
                              "managementSystem": { "securityPolicy": true, "riskManagement": true, "internalAudit": true,
                                                    "managementReview": true, "continualImprovement": true } },
              "externalExpectations": [],
              "contractClauses": []
            }
            """);

    /** No OT at all: an office organisation. */
    public static final ProfileFixture NO_OT = parse("""
            {
              "organization": { "name": "Fixture Office", "sector": "OTHER", "regulated": false },
              "scope": { "domains": ["CORPORATE_IT"], "systems": [] },
              "ot": { "present": false },
              "certification": { "iso27001Certified": true, "iso27001ForMarketAccess": false, "iso27001AsDifferentiator": false },
              "governance": { "needsSingleAuditableSystem": false },
              "externalExpectations": []
            }
            """);

    /**
     * {@link #OT_ONLY} with the OT facts and the roles left out (so nothing shows OT) and corporate IT in scope (an
     * NR-2 blocker): the OT footprint is unknown while ISO 27001 is known to stay.
     */
    public static final ProfileFixture OT_NOT_STATED = OT_ONLY.without("/ot").without("/organization/iec62443Roles")
            .with("/scope/domains", java.util.List.of("CORPORATE_IT")).with("/scope/systems", java.util.List.of());

    private final ObjectNode tree;

    private ProfileFixture(ObjectNode tree) {
        this.tree = tree;
    }

    public static ProfileFixture parse(String json) {
        return new ProfileFixture((ObjectNode) FactsReader.parse(json));
    }

    public static ProfileFixture file(Path path) {
        try {
            return new ProfileFixture((ObjectNode) FactsReader.parse(Files.readAllBytes(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the value at a pointer, creating parent objects as needed; {@code null} writes JSON null. */
    public ProfileFixture with(String pointer, Object value) {
        ObjectNode copy = tree.deepCopy();
        String[] segments = pointer.substring(1).split("/");
        JsonNode parent = copy;
        for (int i = 0; i < segments.length - 1; i++) {
            JsonNode child = parent.isArray() ? parent.get(Integer.parseInt(segments[i])) : parent.get(segments[i]);
            if (child == null || child.isNull()) {
                child = ((ObjectNode) parent).putObject(segments[i]);
            }
            parent = child;
        }
        JsonNode node = StrictJson.mapper().valueToTree(value);
        String last = segments[segments.length - 1];
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (index == array.size()) {
                array.add(node);
            } else {
                array.set(index, node);
            }
        } else {
            ((ObjectNode) parent).set(last, node);
        }
        return new ProfileFixture(copy);
    }

    /** Sets the value at a pointer to the given JSON text, as {@link #with} does for an object. */
    public ProfileFixture withJson(String pointer, String json) {
        return with(pointer, FactsReader.parse(json));
    }

    /** Removes the property or list entry at a pointer: a removed property becomes unknown. */
    public ProfileFixture without(String pointer) {
        ObjectNode copy = tree.deepCopy();
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(path.head());
        if (parent instanceof ObjectNode object) {
            object.remove(path.last().getMatchingProperty());
        } else if (parent instanceof ArrayNode array) {
            array.remove(path.last().getMatchingIndex());
        }
        return new ProfileFixture(copy);
    }

    /** An external expectation entry, for {@code with("/externalExpectations/0", expectation(...))}. */
    public static Map<String, Object> expectation(String party, String partyKind, String expects) {
        return expects == null ? Map.of("party", party, "partyKind", partyKind) : Map.of("party", party, "partyKind", partyKind, "expects", expects);
    }

    public OrganizationProfile profile() {
        return FactsReader.toProfile(tree);
    }

    public ObjectNode json() {
        return tree.deepCopy();
    }

    @Override
    public String toString() {
        return tree.toString();
    }
}
