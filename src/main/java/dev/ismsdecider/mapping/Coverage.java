package dev.ismsdecider.mapping;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the mapping reaches and what it does not. Annex A controls without any 62443 counterpart stay with the
 * ISMS even for an OT-only organisation; system requirements without an Annex A counterpart are where
 * IEC 62443 adds depth (CO-2). "Without counterpart" means "none found in the sources": the 2022 controls that
 * are new are listed apart, since the 2018 pivot cannot reach them at all.
 */
public record Coverage(
        PairCounts pairs,
        int annexAControls,
        List<String> annexAWithoutCounterpart,
        List<String> annexAWithoutSrCounterpart,
        List<String> annexANewIn2022,
        int systemRequirements,
        List<String> srsWithoutAnnexA,
        List<FrCoverage> foundationalRequirements,
        int isa62443_2_1Elements,
        List<String> isa62443_2_1ElementsWithoutAnnexA) {

    /** Pair counts: in all, per source standard, per relationship and per confidence level. */
    public record PairCounts(int total, Map<Standard, Integer> byStandard, Map<Relationship, Integer> byRelationship,
                             Map<Confidence.Level, Integer> byConfidence) {
    }

    /** Coverage of one foundational requirement of IEC 62443-3-3. */
    public record FrCoverage(String fr, int srs, int srsMapped, List<String> srsWithoutAnnexA, List<String> annexAReached,
                             int pairs) {
    }

    /**
     * Computes the figures from the pairs. {@code newIn2022} are the Annex A controls no correspondence row reaches;
     * {@code pivotElements} the 2009 elements that the pivot lists at all.
     */
    public static Coverage of(List<ControlPair> pairs, StandardIds ids, Collection<String> newIn2022, Collection<String> pivotElements) {
        List<ControlPair> srPairs = pairs.stream().filter(p -> p.standard() == Standard.IEC_62443_3_3).toList();
        Set<String> reached = pairs.stream().map(ControlPair::annexA).collect(Collectors.toSet());
        Set<String> reachedBySr = srPairs.stream().map(ControlPair::annexA).collect(Collectors.toSet());
        Set<String> mappedSrs = srPairs.stream().map(ControlPair::requirement).collect(Collectors.toSet());
        Set<String> mappedElements = pairs.stream().filter(p -> p.standard() == Standard.ISA_62443_2_1)
                .map(ControlPair::requirement).collect(Collectors.toSet());

        List<FrCoverage> perFr = ids.foundationalRequirements().stream().map(fr -> {
            List<String> srs = ids.systemRequirements().entrySet().stream().filter(e -> e.getValue().equals(fr))
                    .map(Map.Entry::getKey).toList();
            List<ControlPair> frPairs = srPairs.stream().filter(p -> fr.equals(p.foundationalRequirement())).toList();
            return new FrCoverage(fr, srs.size(), (int) srs.stream().filter(mappedSrs::contains).count(),
                    srs.stream().filter(sr -> !mappedSrs.contains(sr)).toList(),
                    sorted(frPairs.stream().map(ControlPair::annexA).collect(Collectors.toSet())), frPairs.size());
        }).toList();

        return new Coverage(
                counts(pairs),
                ids.annexAControls().size(),
                ids.annexAControls().stream().filter(a -> !reached.contains(a)).toList(),
                ids.annexAControls().stream().filter(a -> !reachedBySr.contains(a)).toList(),
                sorted(newIn2022),
                ids.systemRequirements().size(),
                ids.systemRequirements().keySet().stream().filter(sr -> !mappedSrs.contains(sr)).toList(),
                perFr,
                pivotElements.size(),
                sorted(pivotElements.stream().filter(e -> !mappedElements.contains(e)).toList()));
    }

    private static PairCounts counts(List<ControlPair> pairs) {
        return new PairCounts(pairs.size(),
                countBy(pairs, Standard.values(), ControlPair::standard),
                countBy(pairs, Relationship.values(), ControlPair::relationship),
                countBy(pairs, Confidence.Level.values(), p -> p.confidence().level()));
    }

    /** Pairs per value of {@code key}, every value present (zero included), in declaration order. */
    private static <E extends Enum<E>> Map<E, Integer> countBy(List<ControlPair> pairs, E[] values, Function<ControlPair, E> key) {
        Map<E, Integer> counts = new LinkedHashMap<>();
        for (E value : values) {
            counts.put(value, (int) pairs.stream().filter(p -> key.apply(p) == value).count());
        }
        return counts;
    }

    private static List<String> sorted(Collection<String> ids) {
        return ids.stream().sorted(IdOrder.NATURAL).toList();
    }
}
