package dev.ismsdecider.rules;

import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.profile.Domain;
import dev.ismsdecider.profile.SystemKind;
import dev.ismsdecider.evaluation.Evidence;
import dev.ismsdecider.evaluation.GovernedBy;
import dev.ismsdecider.evaluation.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.ismsdecider.ProfileFixture.OT_ONLY;
import static dev.ismsdecider.TestEngine.evaluate;
import static dev.ismsdecider.TestEngine.findings;
import static dev.ismsdecider.TestEngine.fired;
import static dev.ismsdecider.evaluation.FindingKind.CONSIDERATION;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule of {@code rules/bf.drl}, named after it. */
class BfRulesTests {

    @Test
    void legacyEnterpriseSystemsInUse() {
        Assessment a = evaluate(OT_ONLY.with("/scope/systems", List.of("DCS", "MES", "QMS")));

        assertThat(fired(a)).contains("LegacyEnterpriseSystemsInUse");
        assertThat(findings(a, "BF-1", CONSIDERATION)).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsExactly(new Evidence("/scope/systems/1", SystemKind.MES, null), new Evidence("/scope/systems/2", SystemKind.QMS, null)));
        assertThat(fired(evaluate(OT_ONLY))).doesNotContain("LegacyEnterpriseSystemsInUse");
    }

    @Test
    void longLivedOtAssets() {
        Assessment old = evaluate(OT_ONLY.with("/ot/oldestAssetAgeYears", 10));
        Assessment young = evaluate(OT_ONLY.with("/ot/oldestAssetAgeYears", 9));
        Assessment unknown = evaluate(OT_ONLY.without("/ot/oldestAssetAgeYears"));

        assertThat(findings(old, "BF-2", CONSIDERATION)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly(new Evidence("/ot/oldestAssetAgeYears", 10, null)));
        assertThat(old.actions()).anySatisfy(action -> assertThat(action.criterion()).isEqualTo("BF-2"));
        assertThat(fired(old)).contains("LongLivedOtAssets");
        assertThat(fired(young)).doesNotContain("LongLivedOtAssets");
        assertThat(fired(unknown)).doesNotContain("LongLivedOtAssets");
        assertThat(old.verdict()).as("a consideration, not a blocker").isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
    }

    @Test
    void itOtInterfacesPresent() {
        Assessment a = evaluate(OT_ONLY.with("/ot/itOtInterfaces", List.of(Map.of("from", "MES", "to", "PLC"), Map.of("from", "HISTORIAN", "to", "ERP"))));

        assertThat(fired(a)).contains("ItOtInterfacesPresent");
        assertThat(findings(a, "BF-3", CONSIDERATION)).singleElement().satisfies(f -> {
            assertThat(f.explanation()).contains("MES to PLC, HISTORIAN to ERP");
            assertThat(f.evidence()).extracting(Evidence::path).containsExactly("/ot/itOtInterfaces/0", "/ot/itOtInterfaces/1");
        });
    }

    @Test
    void itOtBoundaryInScope() {
        Assessment boundaryOnly = evaluate(OT_ONLY.with("/scope/domains", List.of("PLANT_OT", "IT_OT_BOUNDARY")));
        Assessment withLinks = evaluate(OT_ONLY.with("/scope/domains", List.of("PLANT_OT", "IT_OT_BOUNDARY"))
                .with("/ot/itOtInterfaces", List.of(Map.of("from", "MES", "to", "PLC"))));

        assertThat(fired(boundaryOnly)).contains("ItOtBoundaryInScope");
        assertThat(findings(boundaryOnly, "BF-3", CONSIDERATION)).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsExactly(new Evidence("/scope/domains/1", Domain.IT_OT_BOUNDARY, null)));
        assertThat(fired(withLinks)).as("the interfaces say it already").doesNotContain("ItOtBoundaryInScope");
    }

    @Test
    void boundaryGovernedByBoth() {
        Assessment a = evaluate(OT_ONLY.with("/scope/domains", List.of("PLANT_OT", "IT_OT_BOUNDARY")));

        assertThat(fired(a)).contains("BoundaryGovernedByBoth");
        assertThat(a.scopeAllocation()).anySatisfy(s -> {
            assertThat(s.domain()).isEqualTo(Domain.IT_OT_BOUNDARY);
            assertThat(s.governedBy()).isEqualTo(GovernedBy.BOTH);
            assertThat(s.criteria()).contains("BF-3");
        });
    }

    @Test
    void itOtInterfaceGovernedByBoth() {
        Assessment a = evaluate(OT_ONLY.with("/ot/itOtInterfaces", List.of(Map.of("from", "HISTORIAN", "to", "ERP"))));

        assertThat(fired(a)).contains("ItOtInterfaceGovernedByBoth");
        assertThat(a.scopeAllocation()).last().satisfies(s -> {
            assertThat(s.domain()).isNull();
            assertThat(s.itOtInterface().from()).isEqualTo("HISTORIAN");
            assertThat(s.governedBy()).isEqualTo(GovernedBy.BOTH);
            assertThat(s.iec62443Parts()).containsExactly("IEC 62443-3-2", "IEC 62443-3-3");
            assertThat(s.criteria()).containsExactly("BF-3", "SC-2");
            assertThat(s.reason()).startsWith("HISTORIAN to ERP crosses");
        });
        assertThat(a.scopeAllocation()).first().satisfies(s -> assertThat(s.domain()).as("domains first").isEqualTo(Domain.PLANT_OT));
    }

    @Test
    void validatedSystemsInRegulatedSector() {
        Assessment a = evaluate(OT_ONLY.with("/organization/regulated", true).with("/ot/validatedSystems", true));

        assertThat(fired(a)).contains("ValidatedSystemsInRegulatedSector");
        assertThat(findings(a, "BF-4", CONSIDERATION)).singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly(
                new Evidence("/organization/regulated", true, null), new Evidence("/ot/validatedSystems", true, null)));
        assertThat(a.actions()).anySatisfy(action -> assertThat(action.criterion()).isEqualTo("BF-4"));
        assertThat(fired(evaluate(OT_ONLY.with("/organization/regulated", true).with("/ot/validatedSystems", null))))
                .doesNotContain("ValidatedSystemsInRegulatedSector");
        assertThat(fired(evaluate(OT_ONLY.with("/ot/validatedSystems", true)))).doesNotContain("ValidatedSystemsInRegulatedSector");
    }

    @Test
    void brownfieldAssetAgeUnknown() {
        Assessment a = evaluate(OT_ONLY.with("/ot/brownfield", true).without("/ot/oldestAssetAgeYears"));

        assertThat(fired(a)).contains("BrownfieldAssetAgeUnknown");
        assertThat(a.openQuestions()).singleElement().satisfies(q -> {
            assertThat(q.path()).isEqualTo("/ot/oldestAssetAgeYears");
            assertThat(q.criterion()).isEqualTo("BF-2");
            assertThat(q.couldChangeVerdict()).isFalse();
        });
        assertThat(a.verdict()).as("a consideration cannot block").isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
        assertThat(fired(evaluate(OT_ONLY.with("/ot/brownfield", false).without("/ot/oldestAssetAgeYears"))))
                .as("a new plant is not asked").doesNotContain("BrownfieldAssetAgeUnknown");
    }

    @Test
    void regulatedAsDeclared() {
        Assessment a = evaluate(OT_ONLY.with("/organization/regulated", true).with("/ot/validatedSystems", true));

        assertThat(fired(a)).contains("RegulatedAsDeclared").doesNotContain("RegulatedByListedRegimes");
    }

    /** Issue 11, defect 2: listed regimes mean regulated, though "regulated" is not stated. */
    @Test
    void regulatedByListedRegimes() {
        Assessment a = evaluate(OT_ONLY.without("/organization/regulated")
                .with("/organization/regulatoryRegimes", List.of("EU_GMP_ANNEX_11")).with("/ot/validatedSystems", true));

        assertThat(fired(a)).contains("RegulatedByListedRegimes", "ValidatedSystemsInRegulatedSector");
        assertThat(findings(a, "BF-4", CONSIDERATION)).singleElement().satisfies(f -> assertThat(f.evidence()).containsExactly(
                new Evidence("/organization/regulatoryRegimes", List.of("EU_GMP_ANNEX_11"), null), new Evidence("/ot/validatedSystems", true, null)));
        assertThat(fired(evaluate(OT_ONLY.without("/organization/regulated").with("/organization/regulatoryRegimes", List.of()))))
                .doesNotContain("RegulatedByListedRegimes");
    }

    /** Issue 11, defect 9: validated systems and regulation not stated is a question for BF-4, never a silent "no". */
    @Test
    void regulationUnknownForValidatedSystems() {
        Assessment a = evaluate(OT_ONLY.without("/organization/regulated").with("/ot/validatedSystems", true));

        assertThat(fired(a)).contains("RegulationUnknownForValidatedSystems").doesNotContain("ValidatedSystemsInRegulatedSector");
        assertThat(a.openQuestions()).singleElement().satisfies(q -> {
            assertThat(q.path()).isEqualTo("/organization/regulated");
            assertThat(q.criterion()).isEqualTo("BF-4");
        });
        assertThat(fired(evaluate(OT_ONLY.with("/ot/validatedSystems", true)))).as("known not to be regulated")
                .doesNotContain("RegulationUnknownForValidatedSystems");
    }

    @Test
    void validationUnknownInRegulatedSector() {
        Assessment a = evaluate(OT_ONLY.with("/organization/regulated", true).without("/ot/validatedSystems"));

        assertThat(fired(a)).contains("ValidationUnknownInRegulatedSector");
        assertThat(a.openQuestions()).extracting(q -> q.path()).containsExactly("/ot/validatedSystems");
        assertThat(fired(evaluate(OT_ONLY.without("/ot/validatedSystems")))).doesNotContain("ValidationUnknownInRegulatedSector");
    }

    /** Issue 11, defect 3: the source's conclusion for brownfield regulated sites holds even when nothing blocks reliance. */
    @Test
    void brownfieldRegulatedSiteFavoursCoexistence() {
        Assessment a = evaluate(OT_ONLY.with("/ot/brownfield", true).with("/organization/regulated", true).with("/ot/validatedSystems", true));

        assertThat(a.verdict()).isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
        assertThat(fired(a)).contains("BrownfieldRegulatedSiteFavoursCoexistence");
        assertThat(findings(a, "BF-4", CONSIDERATION)).extracting(f -> f.title())
                .contains("An existing regulated plant: coexist and map rather than replace");
        assertThat(a.answer()).contains("coexistence and mapping (BF-4)");
        assertThat(fired(evaluate(OT_ONLY.with("/ot/brownfield", false).with("/organization/regulated", true).with("/ot/validatedSystems", true))))
                .doesNotContain("BrownfieldRegulatedSiteFavoursCoexistence");
    }
}
