package dev.ismsdecider.mapping.build;

import dev.ismsdecider.mapping.Confidence;
import dev.ismsdecider.mapping.ControlPair;
import dev.ismsdecider.mapping.Coverage;
import dev.ismsdecider.mapping.IdOrder;
import dev.ismsdecider.mapping.MappingDocument;
import dev.ismsdecider.mapping.PivotPath;
import dev.ismsdecider.mapping.Relationship;
import dev.ismsdecider.mapping.Resources;
import dev.ismsdecider.mapping.Standard;
import dev.ismsdecider.mapping.StandardIds;

import dev.ismsdecider.mapping.build.MappingSources.Correspondence;
import dev.ismsdecider.mapping.build.MappingSources.CsfRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Derives the mapping from the sources: a 62443 requirement and a 2022 Annex A control form a pair when one CSF
 * subcategory lists both, the 2013 control it names being carried to 2022 by the correspondence. Every ID is
 * checked against the standard-id lists first; a problem stops the derivation with all problems listed.
 */
public final class MappingDerivation {

    public static final String TITLE = "IEC 62443-3-3:2013 and ISA 62443-2-1:2009 to ISO/IEC 27001:2022 Annex A";
    /** Bump when the method or the sources change; the OSCAL export carries it too. */
    static final String VERSION = "1.0.0";
    /** When {@link #VERSION} was generated: the OSCAL export's last-modified, fixed so that regeneration is repeatable. */
    public static final String LAST_MODIFIED = "2026-11-25T00:00:00Z";
    public static final String METHOD = "Pivot through the NIST CSF 1.1 informative references: a 62443 requirement and an"
            + " ISO/IEC 27001:2013 Annex A control listed under the same subcategory are linked, and the 2013 control is"
            + " carried to its ISO/IEC 27001:2022 control(s) by the ISO/IEC 27002:2022 Annex B correspondence. Such a"
            + " pair shares a CSF outcome and nothing more is known, so its relationship is 'intersects with' (NIST IR 8477).";
    public static final String CONFIDENCE = "score = (1 - 0.5^n) * trust, where n is the number of CSF subcategories supporting"
            + " the pair and trust that of the best 2013 to 2022 correspondence row it passes through (confirmed by the"
            + " cross-check 1.0, one source only 0.8, contested 0.4); HIGH from 0.7, MEDIUM from 0.4, LOW below."
            + " A ranking heuristic, not a probability.";
    static final List<String> SOURCE_FILES = List.of(MappingSources.CSF_FILE, MappingSources.CORRESPONDENCE_FILE,
            "standard-ids/iec62443-3-3-2013-sr.tsv", "standard-ids/iec62443-2-1-2024-elements.tsv",
            "standard-ids/iso27001-2022.tsv");

    /** ANSI/ISA-62443-2-1-2009 element numbers: clause 4.2 to 4.4 and up to three levels below. */
    private static final Pattern ISA_2009_ELEMENT = Pattern.compile("4\\.[234](\\.\\d+){1,3}");

    private MappingDerivation() {
    }

    static MappingDocument derive(MappingSources sources, StandardIds ids) {
        Map<String, List<Correspondence>> targets = sources.targetsOf2013();
        validate(sources, ids, targets);
        List<ControlPair> pairs = pairs(sources.csf(), targets, ids);
        Set<String> reachable = sources.correspondence().stream().map(Correspondence::annexA2022).collect(Collectors.toSet());
        List<String> newIn2022 = ids.annexAControls().stream().filter(a -> !reachable.contains(a)).toList();
        Set<String> pivotElements = sources.csf().stream().flatMap(r -> r.isa62443_2_1().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<MappingDocument.SourceFile> files = SOURCE_FILES.stream()
                .map(f -> new MappingDocument.SourceFile(f, Resources.sha256(f))).toList();
        return new MappingDocument(TITLE, VERSION, METHOD, CONFIDENCE, files,
                Coverage.of(pairs, ids, newIn2022, pivotElements),
                MappingNotes.of(sources, targets, pairs, newIn2022, ids), pairs);
    }

    private static void validate(MappingSources sources, StandardIds ids, Map<String, List<Correspondence>> targets) {
        List<String> problems = new ArrayList<>();
        Set<String> subcategories = new LinkedHashSet<>();
        for (CsfRow row : sources.csf()) {
            if (!subcategories.add(row.subcategory())) {
                problems.add(row.subcategory() + ": listed twice");
            }
            row.iec62443_3_3().stream().filter(sr -> !ids.isSystemRequirement(sr))
                    .forEach(sr -> problems.add(row.subcategory() + ": unknown IEC 62443-3-3 SR '" + sr + "'"));
            row.isa62443_2_1().stream().filter(e -> !ISA_2009_ELEMENT.matcher(e).matches())
                    .forEach(e -> problems.add(row.subcategory() + ": not an ISA 62443-2-1:2009 element number '" + e + "'"));
            for (String ref : row.iso27001_2013()) {
                if (ref.startsWith("A.") ? !targets.containsKey(ref) : !ref.startsWith(MappingSources.CLAUSE_PREFIX)) {
                    problems.add(row.subcategory() + ": unknown ISO/IEC 27001:2013 reference '" + ref + "'");
                }
            }
        }
        Set<String> rows = new LinkedHashSet<>();
        for (Correspondence c : sources.correspondence()) {
            if (!ids.isAnnexAControl(c.annexA2022())) {
                problems.add(c.iso2013() + ": unknown ISO/IEC 27001:2022 Annex A control '" + c.annexA2022() + "'");
            }
            if (!rows.add(c.iso2013() + " " + c.annexA2022())) {
                problems.add(c.iso2013() + " to " + c.annexA2022() + ": listed twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the mapping sources do not check out:\n  " + String.join("\n  ", problems));
        }
    }

    /** What makes a pair one: the same requirement of the same standard and the same 2022 control. */
    private record PairKey(Standard standard, String requirement, String annexA) {
    }

    private static List<ControlPair> pairs(List<CsfRow> csf, Map<String, List<Correspondence>> targets, StandardIds ids) {
        Map<PairKey, Map<String, List<Correspondence>>> support = new LinkedHashMap<>();
        for (CsfRow row : csf) {
            for (Standard standard : Standard.values()) {
                for (String requirement : row.requirements(standard)) {
                    for (String control2013 : row.annexA2013()) {
                        for (Correspondence c : targets.get(control2013)) {
                            support.computeIfAbsent(new PairKey(standard, requirement, c.annexA2022()), k -> new LinkedHashMap<>())
                                    .computeIfAbsent(row.subcategory(), k -> new ArrayList<>()).add(c);
                        }
                    }
                }
            }
        }
        return support.entrySet().stream()
                .map(e -> pair(e.getKey(), e.getValue(), ids))
                .sorted(Comparator.comparing(ControlPair::standard)
                        .thenComparing(ControlPair::requirement, IdOrder.NATURAL)
                        .thenComparing(ControlPair::annexA, IdOrder.NATURAL))
                .toList();
    }

    private static ControlPair pair(PairKey key, Map<String, List<Correspondence>> bySubcategory, StandardIds ids) {
        List<PivotPath> paths = bySubcategory.entrySet().stream().map(e -> new PivotPath(e.getKey(),
                        e.getValue().stream().map(Correspondence::iso2013).distinct().sorted(IdOrder.NATURAL).toList(),
                        e.getValue().stream().map(Correspondence::agreement).min(Comparator.naturalOrder()).orElseThrow()))
                .toList();
        String fr = key.standard() == Standard.IEC_62443_3_3 ? ids.foundationalRequirementOf(key.requirement()) : null;
        return new ControlPair(key.standard(), key.requirement(), fr, key.annexA(), Relationship.INTERSECTS_WITH,
                Confidence.of(paths.size(), paths.stream().map(PivotPath::agreement).min(Comparator.naturalOrder()).orElseThrow()),
                paths);
    }
}
