package dev.ismsdecider.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.ProfileFixture;
import dev.ismsdecider.TestEngine;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.profile.Domain;
import dev.ismsdecider.profile.ExpectationKind;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.Iec62443Role;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.profile.PartyKind;
import dev.ismsdecider.profile.StrictJson;
import dev.ismsdecider.profile.SystemKind;
import dev.ismsdecider.evaluation.Verdict;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the decision over generated organisations: unknown never helps towards relying on
 * IEC 62443, a blocker never weakens coexistence, reliance only with every NR criterion known not to
 * hold and an OT-only scope (checked against an oracle written here from criteria.md, not from the
 * rules), and the same input always gives the same assessment.
 */
class DecisionPropertiesTests {

    private static final List<String> OT_DOMAINS = List.of("PLANT_OT", "SAFETY_SYSTEMS", "ENGINEERING_TOOLING", "IT_OT_BOUNDARY");
    private static final List<String> IT_DOMAINS = List.of("CORPORATE_IT", "CLOUD_SAAS", "RND_DATA", "ENTERPRISE_APPLICATIONS");
    private static final List<String> OT_SYSTEMS = List.of("SCADA", "DCS", "SIS", "HISTORIAN");
    private static final List<String> IT_SYSTEMS = List.of("ERP", "MES", "PLM", "QMS", "LIMS", "OTHER");
    private static final String BINDING_CLAUSE = "Supplier shall hold an ISO/IEC 27001 certificate.";
    private static final String NON_BINDING_CLAUSE = "Supplier shall secure its plant networks according to IEC 62443-2-4.";

    @Provide
    Arbitrary<ObjectNode> profiles() {
        return Arbitraries.longs().map(DecisionPropertiesTests::generate);
    }

    @Property(tries = 1000)
    void aFactMadeUnknownNeverLeadsToReliance(@ForAll("profiles") ObjectNode profile, @ForAll Random random) {
        List<String> leaves = leaves(profile, "");
        if (leaves.isEmpty()) {
            return;
        }
        String removed = leaves.get(random.nextInt(leaves.size()));
        Verdict before = verdictOf(profile);
        Verdict after = verdictOf(ProfileFixture.parse(profile.toString()).without(removed).json());

        if (after == Verdict.RELY_PRIMARILY_ON_IEC_62443) {
            assertThat(before).as("removing %s from %s", removed, profile).isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
        }
    }

    @Property(tries = 300)
    void aBlockerNeverWeakensCoexistence(@ForAll("profiles") ObjectNode profile, @ForAll Random random) {
        if (verdictOf(profile) != Verdict.COEXIST) {
            return;
        }
        ProfileFixture fixture = ProfileFixture.parse(profile.toString());
        Map<String, String> demand = Map.of("party", "New customer", "expects", "ISO_27001_CERTIFICATION");
        JsonNode expectations = profile.path("externalExpectations");
        ProfileFixture blocked = switch (random.nextInt(3)) {
            case 0 -> expectations.isArray()
                    ? fixture.with("/externalExpectations/" + expectations.size(), demand)
                    : fixture.with("/externalExpectations", List.of(demand));
            case 1 -> fixture.with("/governance/needsSingleAuditableSystem", true);
            default -> fixture.with("/scope/domains", List.of("PLANT_OT", "CORPORATE_IT"));
        };
        assertThat(TestEngine.evaluate(blocked).verdict()).as("%s", blocked).isEqualTo(Verdict.COEXIST);
    }

    @Property(tries = 500)
    void relianceOnlyWhenEveryBlockerIsKnownAbsentAndScopeIsOtOnly(@ForAll("profiles") ObjectNode profile) {
        OrganizationProfile facts = FactsReader.toProfile(profile);
        boolean oracle = relianceAllowed(facts);
        Verdict verdict = verdictOf(profile);

        assertThat(verdict == Verdict.RELY_PRIMARILY_ON_IEC_62443).as("%s gave %s", profile, verdict).isEqualTo(oracle);
    }

    @Property(tries = 200)
    void theSameInputAlwaysGivesTheSameAssessment(@ForAll("profiles") ObjectNode profile) {
        Assessment first = TestEngine.engine().evaluate(FactsReader.toProfile(profile.deepCopy()));
        Assessment second = TestEngine.engine().evaluate(FactsReader.read(profile.toString()));

        assertThat(StrictJson.mapper().valueToTree(second).equals(StrictJson.mapper().valueToTree(first))).isTrue();
    }

    /** criteria.md, PA-2 and the verdict table, written independently of the rules. */
    private static boolean relianceAllowed(OrganizationProfile p) {
        boolean otPresent = p.ot() != null && Boolean.TRUE.equals(p.ot().present())
                || p.ot() != null && p.ot().present() == null && (
                p.scope() != null && p.scope().domains() != null && p.scope().domains().stream().anyMatch(Domain::impliesOt)
                        || p.scope() != null && p.scope().systems() != null && p.scope().systems().stream().anyMatch(SystemKind::impliesOt)
                        || p.ot().assetTypes() != null && !p.ot().assetTypes().isEmpty()
                        || p.ot().itOtInterfaces() != null && !p.ot().itOtInterfaces().isEmpty()
                        || Boolean.TRUE.equals(p.ot().brownfield()) || p.ot().oldestAssetAgeYears() != null
                        || p.organization() != null && p.organization().iec62443Roles() != null
                                && (p.organization().iec62443Roles().contains(Iec62443Role.ASSET_OWNER)
                                    || p.organization().iec62443Roles().contains(Iec62443Role.SERVICE_PROVIDER)));
        boolean nr1KnownFalse = p.externalExpectations() != null
                && p.externalExpectations().stream().allMatch(e -> e.expects() != null && switch (e.expects()) {
                    case ISO_27001_CERTIFICATION, ISMS_EVIDENCE -> false;
                    case ISO_27001_OR_EQUIVALENT -> Boolean.TRUE.equals(e.iec62443AcceptedInWriting());
                    default -> true;
                })
                && p.contractClauses() != null
                && p.contractClauses().stream().noneMatch(c -> BINDING_CLAUSE.equals(c.text()));
        boolean scopeOtOnly = p.scope() != null && p.scope().domains() != null && !p.scope().domains().isEmpty() && p.scope().systems() != null
                && p.scope().domains().stream().allMatch(d -> OT_DOMAINS.contains(d.name()))
                && p.scope().systems().stream().allMatch(s -> OT_SYSTEMS.contains(s.name()));
        boolean nr3KnownFalse = p.certification() != null && (Boolean.FALSE.equals(p.certification().iso27001Certified())
                || Boolean.FALSE.equals(p.certification().iso27001ForMarketAccess()) && Boolean.FALSE.equals(p.certification().iso27001AsDifferentiator()));
        boolean nr4KnownFalse = p.governance() != null && Boolean.FALSE.equals(p.governance().needsSingleAuditableSystem());
        return otPresent && nr1KnownFalse && scopeOtOnly && nr3KnownFalse && nr4KnownFalse;
    }

    private static Verdict verdictOf(JsonNode profile) {
        return TestEngine.engine().evaluate(FactsReader.toProfile(profile)).verdict();
    }

    /** Pointers of every value and list in the profile: the facts that can be made unknown. */
    private static List<String> leaves(JsonNode node, String path) {
        List<String> leaves = new ArrayList<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path + "/" + field.getKey();
                if (field.getValue().isObject()) {
                    leaves.addAll(leaves(field.getValue(), child));
                } else if (!field.getValue().isNull()) {
                    leaves.add(child);
                    if (field.getValue().isArray()) {
                        for (int i = 0; i < field.getValue().size(); i++) {
                            if (field.getValue().get(i).isObject()) {
                                leaves.addAll(leaves(field.getValue().get(i), child + "/" + i));
                            }
                        }
                    }
                }
            }
        }
        return leaves;
    }

    /** A consistent profile: each fact absent, null or a value, biased towards OT-only organisations. */
    static ObjectNode generate(long seed) {
        Random r = new Random(seed);
        ObjectNode root = StrictJson.mapper().createObjectNode();
        Boolean otPresent = tri(r);
        if (r.nextInt(4) > 0) {
            ObjectNode org = root.putObject("organization");
            org.put("name", "Generated " + seed);
            putTri(org, "regulated", r);
            if (r.nextBoolean()) {
                ArrayNode roles = org.putArray("iec62443Roles");
                if (!Boolean.FALSE.equals(otPresent) && r.nextBoolean()) {
                    roles.add("ASSET_OWNER");
                }
                if (r.nextBoolean()) {
                    roles.add(r.nextBoolean() ? "SERVICE_PROVIDER" : "PRODUCT_SUPPLIER");
                }
            }
        }
        if (r.nextInt(5) > 0) {
            ObjectNode scope = root.putObject("scope");
            if (r.nextInt(5) > 0) {
                scope.set("domains", pick(r, Boolean.FALSE.equals(otPresent) ? List.of() : OT_DOMAINS, IT_DOMAINS));
            }
            if (r.nextInt(5) > 0) {
                scope.set("systems", pick(r, Boolean.FALSE.equals(otPresent) ? List.of() : OT_SYSTEMS, IT_SYSTEMS));
            }
        }
        ObjectNode ot = root.putObject("ot");
        if (otPresent != null || r.nextBoolean()) {
            ot.put("present", otPresent);
        }
        if (!Boolean.FALSE.equals(otPresent) && r.nextBoolean()) {
            ot.putArray("assetTypes").add(r.nextBoolean() ? "PLC" : "DCS");
            ot.put("oldestAssetAgeYears", r.nextInt(30));
        }
        if (!Boolean.FALSE.equals(otPresent) && r.nextBoolean()) {
            putTri(ot, "brownfield", r);
        }
        putTri(ot, "validatedSystems", r);
        if (r.nextInt(5) > 0) {
            ObjectNode cert = root.putObject("certification");
            Boolean certified = tri(r);
            putValue(cert, "iso27001Certified", certified, r);
            putValue(cert, "iso27001ForMarketAccess", Boolean.FALSE.equals(certified) ? Boolean.FALSE : tri(r), r);
            putValue(cert, "iso27001AsDifferentiator", Boolean.FALSE.equals(certified) ? Boolean.FALSE : tri(r), r);
        }
        if (r.nextInt(5) > 0) {
            putTri(root.putObject("governance"), "needsSingleAuditableSystem", r);
        }
        if (r.nextInt(5) > 0) {
            ArrayNode expectations = root.putArray("externalExpectations");
            for (int i = r.nextInt(3); i > 0; i--) {
                ObjectNode e = expectations.addObject();
                e.put("party", "Party " + i);
                e.put("partyKind", PartyKind.values()[r.nextInt(PartyKind.values().length)].name());
                ExpectationKind expects = r.nextInt(6) > 0 ? ExpectationKind.values()[r.nextInt(ExpectationKind.values().length)] : null;
                if (expects != null) {
                    e.put("expects", expects.name());
                }
                if (expects != ExpectationKind.ISO_27001_CERTIFICATION) {
                    putTri(e, "iec62443AcceptedInWriting", r);
                }
            }
        }
        switch (r.nextInt(4)) {
            case 0 -> { }
            case 1 -> root.putArray("contractClauses");
            default -> root.putArray("contractClauses").addObject().put("id", "C1")
                    .put("text", r.nextBoolean() ? BINDING_CLAUSE : NON_BINDING_CLAUSE);
        }
        return root;
    }

    private static Boolean tri(Random r) {
        int roll = r.nextInt(4);
        return roll == 0 ? null : roll != 1;
    }

    private static void putTri(ObjectNode node, String field, Random r) {
        putValue(node, field, tri(r), r);
    }

    private static void putValue(ObjectNode node, String field, Boolean value, Random r) {
        if (value != null) {
            node.put(field, value);
        } else if (r.nextBoolean()) {
            node.putNull(field);
        }
    }

    private static ArrayNode pick(Random r, List<String> mostly, List<String> sometimes) {
        ArrayNode list = StrictJson.mapper().createArrayNode();
        mostly.stream().filter(x -> r.nextInt(3) == 0).forEach(list::add);
        sometimes.stream().filter(x -> r.nextInt(8) == 0).forEach(list::add);
        return list;
    }
}
