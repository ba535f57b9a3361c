package dev.ismsdecider.mapping.build;

import dev.ismsdecider.mapping.Agreement;
import dev.ismsdecider.mapping.Confidence;
import dev.ismsdecider.mapping.ControlMapping;
import dev.ismsdecider.mapping.ControlPair;
import dev.ismsdecider.mapping.MappingNote;
import dev.ismsdecider.mapping.PivotPath;
import dev.ismsdecider.mapping.Relationship;
import dev.ismsdecider.mapping.SourceTables;
import dev.ismsdecider.mapping.Standard;
import dev.ismsdecider.mapping.StandardIds;

import dev.ismsdecider.mapping.build.MappingSources.CsfRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Data integrity of the generated mapping, checked against an independent reading of the sources. */
class MappingDerivationTests {

    private static final ControlMapping MAPPING = ControlMapping.packaged();

    @Test
    void everyPairTheSourcesImplyIsThereAndNothingElse() {
        Set<String> expected = SourceTables.expectedPairs();
        List<String> actual = MAPPING.pairs().stream().map(SourceTables::key).toList();

        assertThat(actual).doesNotHaveDuplicates();
        assertThat(new HashSet<>(actual)).isEqualTo(expected);
        assertThat(MAPPING.coverage().pairs().byStandard().get(Standard.IEC_62443_3_3))
                .isEqualTo(expected.stream().filter(k -> k.startsWith("IEC_62443_3_3|")).count());
    }

    @Test
    void everyIdExistsInTheStandardIdLists() {
        var srToFr = SourceTables.srToFr();
        var annexA = SourceTables.iso2022("annex-a-control");
        assertThat(annexA).hasSize(93);
        assertThat(srToFr).hasSize(51);
        for (ControlPair pair : MAPPING.pairs()) {
            assertThat(annexA).as("Annex A control of %s", pair).contains(pair.annexA());
            if (pair.standard() == Standard.IEC_62443_3_3) {
                assertThat(srToFr).as("SR of %s", pair).containsKey(pair.requirement());
                assertThat(pair.foundationalRequirement()).isEqualTo(srToFr.get(pair.requirement()));
            } else {
                assertThat(pair.requirement()).matches("4\\.[234](\\.\\d+){1,3}");
                assertThat(pair.foundationalRequirement()).isNull();
            }
        }
    }

    @Test
    void everyPairIsIntersectsWithAndItsProvenanceListsBothSides() {
        var csf = SourceTables.csf().stream().collect(Collectors.toMap(r -> r[0], r -> r));
        var correspondence = SourceTables.correspondence();
        for (ControlPair pair : MAPPING.pairs()) {
            assertThat(pair.relationship()).isEqualTo(Relationship.INTERSECTS_WITH);
            assertThat(pair.provenance()).isNotEmpty();
            for (PivotPath path : pair.provenance()) {
                String[] row = csf.get(path.subcategory());
                int column = pair.standard() == Standard.IEC_62443_3_3 ? 2 : 1;
                assertThat(SourceTables.cell(row[column])).as("%s lists %s", path.subcategory(), pair.requirement())
                        .contains(pair.requirement());
                assertThat(SourceTables.cell(row[3])).containsAll(path.iso27001_2013());
                path.iso27001_2013().forEach(old -> assertThat(correspondence.get(old)).contains(pair.annexA()));
            }
        }
    }

    @Test
    void everyMainBodyClauseEntryIsRecordedAsANote() {
        long clauseEntries = SourceTables.csf().stream().flatMap(r -> SourceTables.cell(r[3]).stream())
                .filter(id -> id.startsWith("Clause ")).count();
        long noted = MAPPING.notes().stream()
                .filter(n -> n.kind() == MappingNote.Kind.MAIN_BODY_CLAUSE || n.kind() == MappingNote.Kind.INVALID_REFERENCE)
                .mapToLong(n -> n.ids().size()).sum();

        assertThat(clauseEntries).isEqualTo(24); // the source README counts 24
        assertThat(noted).isEqualTo(clauseEntries);
        assertThat(MAPPING.notes()).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(MappingNote.Kind.INVALID_REFERENCE);
            assertThat(n.subject()).isEqualTo("RS.CO-3");
            assertThat(n.ids()).containsExactly("Clause 16.1.2");
        });
    }

    @Test
    void theDoubtsOfTheSourceReadmeAreRecorded() {
        assertThat(note(MappingNote.Kind.SPLIT_CORRESPONDENCE, "A.18.2.3").ids()).containsExactly("A.5.36", "A.8.8");
        assertThat(note(MappingNote.Kind.CONTESTED_CORRESPONDENCE, "A.18.2.3").ids()).containsExactly("A.8.8");
        for (String old : List.of("A.13.2.1", "A.13.2.2", "A.13.2.3")) {
            assertThat(note(MappingNote.Kind.CONTESTED_CORRESPONDENCE, old).ids()).containsExactly("A.5.14");
        }
        Set<String> targets = SourceTables.correspondence().values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        List<String> newIn2022 = SourceTables.iso2022("annex-a-control").stream().filter(a -> !targets.contains(a)).toList();
        assertThat(newIn2022).containsExactly("A.5.7", "A.5.23", "A.5.30", "A.7.4", "A.8.9", "A.8.10", "A.8.11", "A.8.12",
                "A.8.16", "A.8.23", "A.8.28"); // the 11 the source README names
        assertThat(note(MappingNote.Kind.NEW_IN_2022, "ISO/IEC 27001:2022 Annex A").ids()).isEqualTo(newIn2022);
    }

    @Test
    void aPairRestingOnContestedRowsOnlyHasLowConfidenceHoweverManySubcategoriesSupportIt() {
        List<ControlPair> contestedOnly = MAPPING.pairs().stream()
                .filter(p -> p.provenance().stream().allMatch(path -> path.agreement() == Agreement.CONTESTED)).toList();

        assertThat(contestedOnly).isNotEmpty().allSatisfy(p -> assertThat(p.confidence().level()).isEqualTo(Confidence.Level.LOW));
        assertThat(contestedOnly).anyMatch(p -> p.provenance().size() > 1);
    }

    @Test
    void confidenceGrowsWithIndependentSubcategoriesAndShrinksWithDoubt() {
        assertThat(Confidence.of(1, Agreement.CONFIRMED)).isEqualTo(new Confidence(Confidence.Level.MEDIUM, 0.5));
        assertThat(Confidence.of(2, Agreement.CONFIRMED)).isEqualTo(new Confidence(Confidence.Level.HIGH, 0.75));
        assertThat(Confidence.of(1, Agreement.UNCONFIRMED).score()).isLessThan(0.5);
        assertThat(Confidence.of(10, Agreement.CONTESTED).level()).isEqualTo(Confidence.Level.LOW);
        for (ControlPair pair : MAPPING.pairs()) {
            assertThat(pair.confidence()).as("%s", pair).isEqualTo(Confidence.of(pair.provenance().size(),
                    pair.provenance().stream().map(PivotPath::agreement).min(Comparator.naturalOrder()).orElseThrow()));
        }
    }

    @Test
    void anUnknownIdStopsTheDerivationAndIsNamed() {
        MappingSources real = MappingSources.packaged();
        List<CsfRow> csf = new ArrayList<>(real.csf());
        csf.set(0, new CsfRow("ID.AM-1", List.of("4.2.3.4"), List.of("SR 9.9"), List.of("A.8.1.1", "A.99.1.1")));
        MappingSources broken = new MappingSources(csf, real.correspondence());

        assertThatThrownBy(() -> MappingDerivation.derive(broken, StandardIds.packaged()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SR 9.9")
                .hasMessageContaining("A.99.1.1");
    }

    @Test
    void anUnknownCorrespondenceNoteIsRefused() {
        assertThatThrownBy(() -> Agreement.ofNote("some new remark")).isInstanceOf(IllegalStateException.class);
    }

    private static MappingNote note(MappingNote.Kind kind, String subject) {
        return MAPPING.notes().stream().filter(n -> n.kind() == kind && n.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " note on " + subject));
    }
}
