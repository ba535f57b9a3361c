package dev.ismsdecider.mapping;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The runtime API: coverage figures consistent with the pairs, the filter, and the views for the assessment. */
class ControlMappingTests {

    private static final ControlMapping MAPPING = ControlMapping.packaged();
    private static final List<String> ANNEX_A = SourceTables.iso2022("annex-a-control");
    private static final Map<String, String> SR_TO_FR = SourceTables.srToFr();

    @Test
    void coverageFiguresFollowFromThePairs() {
        Coverage coverage = MAPPING.coverage();
        Set<String> reached = MAPPING.pairs().stream().map(ControlPair::annexA).collect(Collectors.toSet());
        Set<String> reachedBySr = srPairs().stream().map(ControlPair::annexA).collect(Collectors.toSet());
        Set<String> mappedSrs = srPairs().stream().map(ControlPair::requirement).collect(Collectors.toSet());

        assertThat(coverage.annexAControls()).isEqualTo(ANNEX_A.size());
        assertThat(coverage.annexAWithoutCounterpart()).isEqualTo(ANNEX_A.stream().filter(a -> !reached.contains(a)).toList());
        assertThat(coverage.annexAWithoutSrCounterpart()).isEqualTo(ANNEX_A.stream().filter(a -> !reachedBySr.contains(a)).toList());
        assertThat(coverage.srsWithoutAnnexA()).isEqualTo(SR_TO_FR.keySet().stream().filter(sr -> !mappedSrs.contains(sr)).toList());
        assertThat(coverage.annexAWithoutCounterpart()).containsAll(coverage.annexANewIn2022());
        assertThat(coverage.pairs().total()).isEqualTo(MAPPING.pairs().size());
        assertThat(coverage.pairs().byRelationship().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(MAPPING.pairs().size());
        assertThat(coverage.pairs().byConfidence().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(MAPPING.pairs().size());
    }

    @Test
    void everyFoundationalRequirementAddsUp() {
        List<Coverage.FrCoverage> perFr = MAPPING.coverage().foundationalRequirements();

        assertThat(perFr).extracting(Coverage.FrCoverage::fr).containsExactly("FR1", "FR2", "FR3", "FR4", "FR5", "FR6", "FR7");
        assertThat(perFr.stream().mapToInt(Coverage.FrCoverage::srs).sum()).isEqualTo(SR_TO_FR.size());
        assertThat(perFr.stream().mapToInt(Coverage.FrCoverage::pairs).sum()).isEqualTo(srPairs().size());
        for (Coverage.FrCoverage fr : perFr) {
            List<ControlPair> ofFr = srPairs().stream().filter(p -> SR_TO_FR.get(p.requirement()).equals(fr.fr())).toList();
            assertThat(fr.pairs()).isEqualTo(ofFr.size());
            assertThat(fr.srsMapped() + fr.srsWithoutAnnexA().size()).isEqualTo(fr.srs());
            assertThat(new HashSet<>(fr.annexAReached())).isEqualTo(ofFr.stream().map(ControlPair::annexA).collect(Collectors.toSet()));
        }
    }

    @Test
    void theOtControlSetListsEveryControlAnSrReachesWithItsSrs() {
        List<ControlSetEntry> set = MAPPING.otControlSet();

        assertThat(set).extracting(ControlSetEntry::annexA)
                .isEqualTo(ANNEX_A.stream().filter(a -> srPairs().stream().anyMatch(p -> p.annexA().equals(a))).toList());
        for (ControlSetEntry entry : set) {
            assertThat(entry.systemRequirements()).containsExactlyInAnyOrderElementsOf(
                    srPairs().stream().filter(p -> p.annexA().equals(entry.annexA())).map(ControlPair::requirement).toList());
            assertThat(entry.relationship()).isEqualTo(Relationship.INTERSECTS_WITH);
            assertThat(entry.subcategories()).isNotEmpty();
        }
        assertThat(MAPPING.annexAStayingWithIsms()).doesNotContainAnyElementsOf(set.stream().map(ControlSetEntry::annexA).toList());
    }

    @Test
    void theFilterAcceptsUsualSpellingsAndSelectsOnAllCriteria() {
        MappingFilter filter = new MappingFilter(null, "sr1.1", "5.15", "fr1");
        assertThat(filter).isEqualTo(new MappingFilter(null, "SR 1.1", "A.5.15", "FR1"));

        MappingSelection selection = MAPPING.select(filter);
        assertThat(selection.pairs()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.requirement()).isEqualTo("SR 1.1");
            assertThat(p.annexA()).isEqualTo("A.5.15");
        });
        assertThat(selection.count()).isEqualTo(selection.pairs().size());

        List<ControlPair> isa = MAPPING.select(new MappingFilter(Standard.ISA_62443_2_1, null, null, null)).pairs();
        assertThat(isa).hasSize(MAPPING.coverage().pairs().byStandard().get(Standard.ISA_62443_2_1))
                .allMatch(p -> p.standard() == Standard.ISA_62443_2_1);
        assertThat(MAPPING.select(new MappingFilter(Standard.ISA_62443_2_1, null, null, "FR1")).pairs()).isEmpty();
        assertThat(MAPPING.select(MappingFilter.ALL).pairs()).isEqualTo(MAPPING.pairs());
    }

    @Test
    void aFilterOnAnUnknownIdIsRefusedWithEveryProblemNamed() {
        assertThatThrownBy(() -> MAPPING.select(new MappingFilter(null, "SR 9.9", "A.9.1", "FR8")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SR 9.9").hasMessageContaining("A.9.1").hasMessageContaining("FR8");
    }

    private static List<ControlPair> srPairs() {
        return MAPPING.pairs().stream().filter(p -> p.standard() == Standard.IEC_62443_3_3).toList();
    }
}
