package dev.ismsdecider.rules;

import dev.ismsdecider.assessment.Assessment;
import dev.ismsdecider.assessment.TraceStep;
import dev.ismsdecider.facts.Domain;
import dev.ismsdecider.knowledge.Evidence;
import dev.ismsdecider.knowledge.GovernedBy;
import dev.ismsdecider.knowledge.ScopeAllocation;
import dev.ismsdecider.knowledge.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.ismsdecider.ProfileFixture.NO_OT;
import static dev.ismsdecider.ProfileFixture.OT_ONLY;
import static dev.ismsdecider.TestEngine.evaluate;
import static dev.ismsdecider.TestEngine.findings;
import static dev.ismsdecider.TestEngine.fired;
import static dev.ismsdecider.knowledge.FindingKind.CONCLUSION;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule of {@code rules/sc.drl}, named after it. */
class ScRulesTests {

    /** OT-only profile with {@code ot.present} not stated, so the footprint must be inferred or stays unknown. */
    private static final dev.ismsdecider.ProfileFixture OT_UNSTATED = OT_ONLY.without("/ot/present")
            .without("/ot/assetTypes").without("/ot/itOtInterfaces").with("/scope/domains", List.of()).with("/scope/systems", List.of());

    private static TraceStep step(Assessment a, String rule) {
        return a.trace().stream().filter(s -> s.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void otDeclaredPresent() {
        Assessment a = evaluate(OT_ONLY);

        assertThat(fired(a)).contains("OtDeclaredPresent").doesNotContain("OtInferredFromIndications", "OtFootprintUnknown");
        assertThat(step(a, "OtDeclaredPresent").facts()).containsExactly("/ot/present");
    }

    @Test
    void otDeclaredAbsent() {
        Assessment a = evaluate(NO_OT);

        assertThat(fired(a)).contains("OtDeclaredAbsent").doesNotContain("OtDeclaredPresent");
        assertThat(a.verdict()).isEqualTo(Verdict.KEEP_ISO_27001);
    }

    @Test
    void otShownByScopeDomains() {
        Assessment a = evaluate(OT_UNSTATED.with("/scope/domains", List.of("CORPORATE_IT", "PLANT_OT")));

        assertThat(fired(a)).contains("OtShownByScopeDomains", "OtInferredFromIndications");
        assertThat(step(a, "OtShownByScopeDomains").facts()).containsExactly("/scope/domains/1");
    }

    @Test
    void otShownByControlSystems() {
        Assessment a = evaluate(OT_UNSTATED.with("/scope/systems", List.of("SCADA")));

        assertThat(fired(a)).contains("OtShownByControlSystems", "OtInferredFromIndications");
        assertThat(step(a, "OtShownByControlSystems").facts()).containsExactly("/scope/systems/0");
    }

    @Test
    void otShownByAssets() {
        Assessment a = evaluate(OT_UNSTATED.with("/ot/assetTypes", List.of("PLC")));

        assertThat(step(a, "OtShownByAssets").facts()).containsExactly("/ot/assetTypes");
        assertThat(a.verdict()).isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
        assertThat(fired(evaluate(OT_UNSTATED.with("/ot/assetTypes", List.of())))).doesNotContain("OtShownByAssets");
    }

    @Test
    void otShownByInterfaces() {
        Assessment a = evaluate(OT_UNSTATED.with("/ot/itOtInterfaces", List.of(java.util.Map.of("from", "MES", "to", "PLC"))));

        assertThat(step(a, "OtShownByInterfaces").facts()).containsExactly("/ot/itOtInterfaces");
        assertThat(fired(a)).contains("OtInferredFromIndications");
    }

    @Test
    void otInferredFromIndications() {
        Assessment a = evaluate(OT_UNSTATED.with("/scope/domains", List.of("PLANT_OT")).with("/ot/assetTypes", List.of("PLC")));

        assertThat(fired(a)).containsOnlyOnce("OtInferredFromIndications");
        assertThat(step(a, "OtInferredFromIndications").facts()).containsExactlyInAnyOrder("/scope/domains/0", "/ot/assetTypes");
        assertThat(findings(a, "CO-1")).singleElement().satisfies(f -> assertThat(f.evidence()).extracting(Evidence::path)
                .containsExactlyInAnyOrder("/scope/domains/0", "/ot/assetTypes"));
    }

    @Test
    void otFootprintUnknown() {
        Assessment a = evaluate(OT_UNSTATED);

        assertThat(fired(a)).contains("OtFootprintUnknown").doesNotContain("OtInferredFromIndications");
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
                .satisfies(f -> assertThat(f.evidence()).containsExactly(Evidence.of("/ot/present", false)));
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
                .satisfies(f -> assertThat(f.evidence()).containsExactly(Evidence.of("/scope/domains", List.of(Domain.PLANT_OT))));
        assertThat(fired(evaluate(OT_ONLY.without("/scope/domains")))).doesNotContain("StandardsCoverDifferentScopes");
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
