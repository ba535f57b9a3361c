package dev.ismsdecider.rules;

import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.TraceStep;
import dev.ismsdecider.profile.Domain;
import dev.ismsdecider.evaluation.Evidence;
import dev.ismsdecider.evaluation.GovernedBy;
import dev.ismsdecider.evaluation.ScopeAllocation;
import dev.ismsdecider.evaluation.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.ismsdecider.ProfileFixture.NO_OT;
import static dev.ismsdecider.ProfileFixture.OT_ONLY;
import static dev.ismsdecider.TestEngine.evaluate;
import static dev.ismsdecider.TestEngine.findings;
import static dev.ismsdecider.TestEngine.fired;
import static dev.ismsdecider.evaluation.FindingKind.CONCLUSION;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule of {@code rules/sc.drl}, named after it. */
class ScRulesTests {

    /** OT-only profile with {@code ot.present} not stated, so the footprint must be inferred or stays unknown. */
    private static final dev.ismsdecider.ProfileFixture OT_UNSTATED = OT_ONLY.without("/ot/present").without("/ot/assetTypes")
            .without("/ot/itOtInterfaces").without("/ot/oldestAssetAgeYears").without("/organization/iec62443Roles")
            .with("/scope/domains", List.of()).with("/scope/systems", List.of());

    private static TraceStep step(Assessment a, String rule) {
        return a.trace().stream().filter(s -> s.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void otDeclaredPresent() {
        Assessment a = evaluate(OT_ONLY);

        assertThat(fired(a)).contains("OtDeclaredPresent").doesNotContain("OtInferredFromInputFacts", "OtFootprintUnknown");
        assertThat(step(a, "OtDeclaredPresent").facts()).containsExactly("/ot/present");
    }

    @Test
    void otDeclaredAbsent() {
        Assessment a = evaluate(NO_OT);

        assertThat(fired(a)).contains("OtDeclaredAbsent").doesNotContain("OtDeclaredPresent");
        assertThat(a.verdict()).isEqualTo(Verdict.KEEP_ISO_27001);
    }

    /** Each fact of the one list of OT signs ({@code OtSign}) shows OT on its own, and is cited as the evidence. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /scope/domains     | ["CORPORATE_IT", "PLANT_OT"]     | /scope/domains/1
            /scope/systems     | ["SCADA"]                        | /scope/systems/0
            /ot/assetTypes     | ["PLC"]                          | /ot/assetTypes
            /ot/itOtInterfaces | [{"from": "MES", "to": "PLC"}]   | /ot/itOtInterfaces
            /ot/brownfield     | true                             | /ot/brownfield
            /ot/oldestAssetAgeYears | 12                          | /ot/oldestAssetAgeYears
            /organization/iec62443Roles | ["ASSET_OWNER"]         | /organization/iec62443Roles/0
            /organization/iec62443Roles | ["PRODUCT_SUPPLIER", "SERVICE_PROVIDER"] | /organization/iec62443Roles/1
            """)
    void otInferredFromEachSign(String pointer, String json, String evidence) {
        Assessment a = evaluate(OT_UNSTATED.withJson(pointer, json));

        assertThat(fired(a)).containsOnlyOnce("OtInferredFromInputFacts").doesNotContain("OtFootprintUnknown");
        assertThat(step(a, "OtInferredFromInputFacts").facts()).containsExactly(evidence);
        assertThat(findings(a, "CO-1")).as("OT advice follows").singleElement()
                .satisfies(f -> assertThat(f.evidence()).extracting(Evidence::path).containsExactly(evidence));
    }

    @Test
    void otInferredFromInputFacts() {
        Assessment a = evaluate(OT_UNSTATED.with("/scope/domains", List.of("PLANT_OT")).with("/ot/assetTypes", List.of("PLC"))
                .with("/ot/brownfield", true));

        assertThat(step(a, "OtInferredFromInputFacts").facts()).containsExactlyInAnyOrder("/scope/domains/0", "/ot/assetTypes", "/ot/brownfield");
        assertThat(fired(evaluate(OT_UNSTATED.with("/ot/brownfield", false)))).as("a greenfield site shows nothing")
                .doesNotContain("OtInferredFromInputFacts");
        assertThat(fired(evaluate(OT_UNSTATED.with("/organization/iec62443Roles", List.of("PRODUCT_SUPPLIER")))))
                .as("a product supplier may make OT products without operating OT").doesNotContain("OtInferredFromInputFacts");
    }

    /** Issue 11, defect 1: an asset age and an existing plant used to be refused beside "no OT" yet ignored beside "unknown". */
    @Test
    void brownfieldSiteWithOtUnstatedGetsTheOtAdvice() {
        Assessment a = evaluate(OT_UNSTATED.with("/ot/brownfield", true).with("/ot/oldestAssetAgeYears", 22)
                .with("/scope/domains", List.of("CORPORATE_IT")));

        assertThat(a.verdict()).isEqualTo(Verdict.COEXIST);
        assertThat(a.findings()).extracting(f -> f.criterion()).contains("CO-1", "BF-2", "EV-1");
    }

    @Test
    void otFootprintUnknown() {
        Assessment a = evaluate(OT_UNSTATED);

        assertThat(fired(a)).contains("OtFootprintUnknown").doesNotContain("OtInferredFromInputFacts");
        assertThat(a.openQuestions()).anySatisfy(q -> {
            assertThat(q.path()).isEqualTo("/ot/present");
            assertThat(q.criterion()).isEqualTo("SC-1");
            assertThat(q.couldChangeVerdict()).isTrue();
        });
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void noOtFootprint() {
        Assessment a = evaluate(NO_OT);

        assertThat(fired(a)).contains("NoOtFootprint");
        assertThat(findings(a, "SC-1", CONCLUSION)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly(new Evidence("/ot/present", false, null)));
        assertThat(a.answer()).startsWith("No");
        assertThat(findings(a, "CO-1")).as("no OT, no complement").isEmpty();
    }

    @Test
    void productSupplierWithoutOtFootprint() {
        Assessment supplier = evaluate(NO_OT.with("/organization/iec62443Roles", List.of("PRODUCT_SUPPLIER")));
        Assessment office = evaluate(NO_OT);

        assertThat(fired(supplier)).contains("ProductSupplierWithoutOtFootprint");
        assertThat(findings(supplier, "SC-1", CONCLUSION)).anySatisfy(f -> assertThat(f.explanation()).contains("62443-4-1"));
        assertThat(fired(office)).doesNotContain("ProductSupplierWithoutOtFootprint");
    }

    @Test
    void standardsCoverDifferentScopes() {
        Assessment a = evaluate(OT_ONLY);

        assertThat(fired(a)).contains("StandardsCoverDifferentScopes");
        assertThat(findings(a, "SC-2", CONCLUSION)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly(new Evidence("/scope/domains", List.of(Domain.PLANT_OT), null)));
        assertThat(fired(evaluate(OT_ONLY.without("/scope/domains")))).doesNotContain("StandardsCoverDifferentScopes");
    }

    /** Issue 11, defect 6: a service provider that is not the asset owner works to 2-4, not to the owner's programme (2-1). */
    @Test
    void pureServiceProviderWorksToTheServiceProviderPart() {
        Assessment integrator = evaluate(OT_ONLY.with("/scope/domains", List.of("PLANT_OT", "ENGINEERING_TOOLING"))
                .with("/organization/iec62443Roles", List.of("SERVICE_PROVIDER")));
        Assessment integratorAndOwner = evaluate(OT_ONLY.with("/organization/iec62443Roles", List.of("SERVICE_PROVIDER", "ASSET_OWNER")));
        Assessment supplier = evaluate(OT_ONLY.with("/scope/domains", List.of("ENGINEERING_TOOLING"))
                .with("/organization/iec62443Roles", List.of("PRODUCT_SUPPLIER")));

        assertThat(integrator.scopeAllocation().get(0).iec62443Parts()).containsExactly("IEC 62443-2-4", "IEC 62443-3-3");
        assertThat(integrator.scopeAllocation().get(1).iec62443Parts()).containsExactly("IEC 62443-2-4", "IEC 62443-3-3");
        assertThat(integratorAndOwner.scopeAllocation().get(0).iec62443Parts())
                .containsExactly("IEC 62443-2-1", "IEC 62443-2-4", "IEC 62443-3-2", "IEC 62443-3-3");
        assertThat(supplier.scopeAllocation().get(0).iec62443Parts()).contains("IEC 62443-4-1", "IEC 62443-4-2");
    }

    @Test
    void otDomainGovernedByIec62443() {
        Assessment a = evaluate(OT_ONLY.with("/scope/domains", List.of("PLANT_OT", "SAFETY_SYSTEMS", "ENGINEERING_TOOLING")));

        assertThat(a.scopeAllocation()).extracting(ScopeAllocation::domain, ScopeAllocation::governedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Domain.PLANT_OT, GovernedBy.IEC_62443),
                org.assertj.core.groups.Tuple.tuple(Domain.SAFETY_SYSTEMS, GovernedBy.IEC_62443),
                org.assertj.core.groups.Tuple.tuple(Domain.ENGINEERING_TOOLING, GovernedBy.IEC_62443));
        assertThat(fired(a)).contains("OtDomainGovernedByIec62443");
        assertThat(a.scopeAllocation().get(0).iec62443Parts()).containsExactly("IEC 62443-2-1", "IEC 62443-3-2", "IEC 62443-3-3");
        assertThat(a.scopeAllocation().get(2).iec62443Parts()).containsExactly("IEC 62443-2-1", "IEC 62443-3-3");

        Assessment integratorAndSupplier = evaluate(OT_ONLY.with("/scope/domains", List.of("PLANT_OT", "ENGINEERING_TOOLING"))
                .with("/organization/iec62443Roles", List.of("SERVICE_PROVIDER", "PRODUCT_SUPPLIER")));
        assertThat(integratorAndSupplier.scopeAllocation().get(0).iec62443Parts()).contains("IEC 62443-2-4").doesNotContain("IEC 62443-4-1");
        assertThat(integratorAndSupplier.scopeAllocation().get(1).iec62443Parts()).contains("IEC 62443-2-4", "IEC 62443-4-1");
        Assessment rolesUnknown = evaluate(OT_ONLY.without("/organization/iec62443Roles"));
        assertThat(rolesUnknown.scopeAllocation().get(0).iec62443Parts()).as("unknown roles add nothing")
                .containsExactly("IEC 62443-2-1", "IEC 62443-3-2", "IEC 62443-3-3");
    }

    @Test
    void enterpriseDomainGovernedByIso27001() {
        Assessment a = evaluate(OT_ONLY.with("/scope/domains", List.of("RND_DATA", "PLANT_OT")));

        assertThat(a.scopeAllocation()).first().satisfies(s -> {
            assertThat(s.domain()).isEqualTo(Domain.RND_DATA);
            assertThat(s.governedBy()).isEqualTo(GovernedBy.ISO_27001);
            assertThat(s.criteria()).contains("SC-2", "NR-2");
            assertThat(s.iec62443Parts()).isEmpty();
        });
        assertThat(fired(a)).contains("EnterpriseDomainGovernedByIso27001");
    }
}
