package dev.ismsdecider.gaps;

import dev.ismsdecider.ProfileFixture;
import dev.ismsdecider.TestEngine;

import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.mapping.SourceTables;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The PA-3 gap analysis: the data over clauses 4.1 to 10.2, and how it meets an organisation's facts. */
class IsmsGapAnalysisTests {

    private static final IsmsGapAnalysis ANALYSIS = IsmsGapAnalysis.packaged();

    @Test
    void everyClauseFrom41To102IsPresentOnceInOrder() {
        // Clause numbers of the standard-id list from 4.1 on; chapter headings (4, 5, ...) carry no requirement of their own.
        List<String> expected = SourceTables.iso2022("clause").stream().filter(id -> id.contains(".")).toList();

        assertThat(expected).startsWith("4.1").endsWith("10.2");
        assertThat(ANALYSIS.clauses()).extracting(ClauseCoverage::clause).containsExactlyElementsOf(expected);
    }

    @Test
    void everyClauseHasAStatusARationaleAndElementsAndValidReferences() {
        List<String> programElements = SourceTables.rows("standard-ids/iec62443-2-1-2024-elements.tsv").stream()
                .map(r -> r[1]).distinct().toList();
        for (ClauseCoverage clause : ANALYSIS.clauses()) {
            assertThat(clause.coverage()).as(clause.clause()).isNotNull();
            assertThat(clause.title()).as(clause.clause()).isNotBlank();
            assertThat(clause.rationale()).as(clause.clause()).isNotBlank();
            assertThat(clause.elements()).as(clause.clause()).isNotEmpty().doesNotContainNull().doesNotHaveDuplicates();
            for (String reference : clause.iec62443()) {
                assertThat(reference).matches("IEC 62443-(2-4|3-2|3-3|2-1:2024 [A-Z]+)");
                if (reference.startsWith("IEC 62443-2-1:2024 ")) {
                    assertThat(programElements).contains(reference.substring("IEC 62443-2-1:2024 ".length()));
                }
            }
            if (clause.coverage() != Iec62443Coverage.NOT_COVERED) {
                assertThat(clause.iec62443()).as("what %s rests on", clause.clause()).isNotEmpty();
            }
        }
    }

    @Test
    void everyElementAnswersSomeClauseAndTheContractV1FieldsKeepTheirClauses() {
        Map<ManagementSystemElement, List<String>> byElement = ANALYSIS.clausesByElement();

        assertThat(byElement).allSatisfy((element, clauses) -> assertThat(clauses).as(element.field()).isNotEmpty());
        // the clauses the engine cites for the v1 fields (engine.IsmsElements) stay answered by the same fields
        assertThat(byElement.get(ManagementSystemElement.SECURITY_POLICY)).contains("5.2");
        assertThat(byElement.get(ManagementSystemElement.RISK_MANAGEMENT)).contains("6.1", "8.2", "8.3");
        assertThat(byElement.get(ManagementSystemElement.INTERNAL_AUDIT)).contains("9.2");
        assertThat(byElement.get(ManagementSystemElement.MANAGEMENT_REVIEW)).contains("9.3");
        assertThat(byElement.get(ManagementSystemElement.CONTINUAL_IMPROVEMENT)).contains("10.1");
        assertThat(Arrays.stream(ManagementSystemElement.values()).filter(ManagementSystemElement::inContractV1))
                .extracting(ManagementSystemElement::field)
                .containsExactly("securityPolicy", "riskManagement", "internalAudit", "managementReview", "continualImprovement");
    }

    @Test
    void anOtOnlyOrganisationWithAPartialManagementSystem() throws IOException {
        OrganizationProfile profile;
        try (InputStream in = getClass().getResourceAsStream("/gaps/ot-only-partial-isms.json")) {
            profile = FactsReader.read(in.readAllBytes());
        }
        Map<String, ClauseGap> gaps = byClause(TestEngine.engine().evaluate(profile).ismsClauseGaps());

        assertThat(gaps.get("5.2").status()).isEqualTo(ClauseStatus.IN_PLACE);        // securityPolicy: true
        assertThat(gaps.get("6.1.2").status()).isEqualTo(ClauseStatus.IN_PLACE);      // riskManagement: true
        assertThat(gaps.get("9.2.2").status()).isEqualTo(ClauseStatus.MISSING);       // internalAudit: false
        assertThat(gaps.get("10.1").status()).isEqualTo(ClauseStatus.MISSING);        // continualImprovement: false
        assertThat(gaps.get("9.3").status()).isEqualTo(ClauseStatus.UNKNOWN);         // managementReview: null
        assertThat(gaps.get("7.1").status()).isEqualTo(ClauseStatus.UNKNOWN);         // resources: not in contract v1 yet
        assertThat(gaps.get("4.4").status()).isEqualTo(ClauseStatus.MISSING);        // the system as a whole lacks audit
        assertThat(gaps.get("9.2.2").facts()).containsExactly("/governance/managementSystem/internalAudit");
        assertThat(gaps.get("9.2.2").iec62443Coverage()).isEqualTo(Iec62443Coverage.NOT_COVERED);
        // the contract's unknown is never "no": a clause is MISSING only where a stated fact is false
        assertThat(gaps.values()).filteredOn(g -> g.status() == ClauseStatus.MISSING)
                .extracting(ClauseGap::clause)
                .containsExactlyInAnyOrder("4.4", "6.3", "9.2", "9.2.1", "9.2.2", "10.1");
    }

    @Test
    void aFullyStatedManagementSystemIsInPlaceEverywhereAndNothingStatedIsUnknownEverywhere() {
        Boolean[] yes = new Boolean[15];
        Arrays.fill(yes, Boolean.TRUE);
        OrganizationProfile.ManagementSystem all = new OrganizationProfile.ManagementSystem(yes[0], yes[1], yes[2], yes[3], yes[4], yes[5], yes[6],
                yes[7], yes[8], yes[9], yes[10], yes[11], yes[12], yes[13], yes[14]);

        assertThat(TestEngine.evaluate(ProfileFixture.OT_ONLY.with("/governance/managementSystem", all)).ismsClauseGaps())
                .as("through the rules").hasSize(34).extracting(ClauseGap::status).containsOnly(ClauseStatus.IN_PLACE);
        assertThat(TestEngine.evaluate(ProfileFixture.OT_ONLY.without("/governance/managementSystem")).ismsClauseGaps())
                .as("nothing stated").extracting(ClauseGap::status).containsOnly(ClauseStatus.UNKNOWN);
    }

    /** Through the rules: one element stated false and every other one unknown. */
    @Test
    void oneElementStatedFalseMakesExactlyItsClausesMissing() {
        Map<ManagementSystemElement, List<String>> byElement = ANALYSIS.clausesByElement();
        for (ManagementSystemElement element : ManagementSystemElement.values()) {
            Map<String, ClauseGap> gaps = byClause(TestEngine.evaluate(ProfileFixture.OT_ONLY
                    .with("/governance/managementSystem", only(element, Boolean.FALSE))).ismsClauseGaps());
            assertThat(gaps.values()).filteredOn(g -> g.status() == ClauseStatus.MISSING).extracting(ClauseGap::clause)
                    .as(element.field()).containsExactlyInAnyOrderElementsOf(byElement.get(element));
            assertThat(gaps.values()).as(element.field()).filteredOn(g -> g.status() == ClauseStatus.IN_PLACE).isEmpty();
            assertThat(gaps).as(element.field()).hasSize(ANALYSIS.clauses().size());
        }
    }

    @Test
    void clauseGapsAreOrderedAsTheStandardListsThem() {
        List<ClauseGap> reversed = new ArrayList<>(ANALYSIS.clauses().stream().map(c -> c.gap(ClauseStatus.UNKNOWN)).toList());
        Collections.reverse(reversed);

        assertThat(reversed.stream().sorted(ANALYSIS.inClauseOrder())).extracting(ClauseGap::clause)
                .containsExactlyElementsOf(ANALYSIS.clauses().stream().map(ClauseCoverage::clause).toList());
        assertThat(ANALYSIS.clauses().get(0).gap(ClauseStatus.MISSING).facts())
                .containsExactlyElementsOf(ANALYSIS.clauses().get(0).elements().stream().map(ManagementSystemElement::path).toList());
    }

    @Test
    void everyElementIsReadFromItsOwnField() {
        for (ManagementSystemElement element : ManagementSystemElement.values()) {
            OrganizationProfile.ManagementSystem facts = only(element, Boolean.TRUE);
            for (ManagementSystemElement other : ManagementSystemElement.values()) {
                assertThat(other.stateIn(facts)).as(other.field()).isEqualTo(other == element ? Boolean.TRUE : null);
            }
        }
        assertThat(OrganizationProfile.ManagementSystem.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactlyElementsOf(Arrays.stream(ManagementSystemElement.values()).map(ManagementSystemElement::field).toList());
    }

    /** Facts with one element stated and every other one unknown, built through the record's canonical constructor. */
    private static OrganizationProfile.ManagementSystem only(ManagementSystemElement element, Boolean value) {
        Object[] values = new Object[ManagementSystemElement.values().length];
        values[element.ordinal()] = value;
        try {
            var types = Arrays.stream(OrganizationProfile.ManagementSystem.class.getRecordComponents()).map(c -> c.getType()).toArray(Class<?>[]::new);
            return OrganizationProfile.ManagementSystem.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, ClauseGap> byClause(List<ClauseGap> gaps) {
        return gaps.stream().collect(Collectors.toMap(ClauseGap::clause, Function.identity()));
    }
}
