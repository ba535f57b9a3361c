package dev.ismsdecider.mapping;

import dev.ismsdecider.mapping.build.MappingGenerator;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The IEC 62443 to ISO/IEC 27001:2022 Annex A control mapping (EV-2) as the application uses it: the pairs, a
 * filter over them, the coverage figures, the notes on the sources, and the views the assessment needs. The
 * packaged mapping is the checked-in {@code mapping/iec62443-iso27001.json}, which {@link MappingGenerator} derives
 * from the sources.
 */
public final class ControlMapping {

    public static final String FILE = "iec62443-iso27001.json";

    private final MappingDocument document;
    private final StandardIds ids;

    private ControlMapping(MappingDocument document, StandardIds ids) {
        this.document = document;
        this.ids = ids;
    }

    /** The mapping shipped with the application, read once. */
    public static ControlMapping packaged() {
        return Packaged.MAPPING;
    }

    private static final class Packaged {
        static final ControlMapping MAPPING = new ControlMapping(MappingJson.read(FILE, MappingDocument.class), StandardIds.packaged());
    }

    /** The whole generated document: method, sources, coverage, notes and pairs. */
    public MappingDocument document() {
        return document;
    }

    public List<ControlPair> pairs() {
        return document.pairs();
    }

    public Coverage coverage() {
        return document.coverage();
    }

    public List<MappingNote> notes() {
        return document.notes();
    }

    /**
     * The pairs the filter selects.
     *
     * @throws UnknownIdException when a criterion names an ID that does not exist (the message lists them all)
     */
    public MappingSelection select(MappingFilter filter) {
        List<String> problems = filter.problems(ids);
        if (!problems.isEmpty()) {
            throw new UnknownIdException(String.join("; ", problems));
        }
        List<ControlPair> selected = pairs().stream().filter(filter::matches).toList();
        return new MappingSelection(filter, selected.size(), selected);
    }

    /**
     * The OT control set for the Statement of Applicability when CO-1 or EV-2 applies: each Annex A control that an
     * IEC 62443-3-3 system requirement reaches, with those SRs, in Annex A order.
     */
    public List<ControlSetEntry> otControlSet() {
        Map<String, List<ControlPair>> byControl = pairs().stream()
                .filter(p -> p.standard() == Standard.IEC_62443_3_3)
                .sorted(Comparator.comparing(ControlPair::annexA, IdOrder.NATURAL))
                .collect(Collectors.groupingBy(ControlPair::annexA, LinkedHashMap::new, Collectors.toList()));
        return byControl.entrySet().stream().map(e -> {
            List<ControlPair> pairs = e.getValue();
            Relationship relationship = pairs.stream().map(ControlPair::relationship).distinct().count() == 1
                    ? pairs.get(0).relationship() : Relationship.INTERSECTS_WITH;
            Confidence.Level best = pairs.stream().map(p -> p.confidence().level()).min(Comparator.naturalOrder()).orElseThrow();
            List<String> subcategories = pairs.stream().flatMap(p -> p.subcategories().stream()).distinct().sorted().toList();
            return new ControlSetEntry(e.getKey(), pairs.stream().map(ControlPair::requirement).toList(), relationship,
                    best, subcategories);
        }).toList();
    }

    /**
     * The Annex A controls that stay with the ISMS even for an OT-only organisation: no IEC 62443 requirement
     * reaches them through the sources (the 2022 controls the pivot cannot reach included; see the notes).
     */
    public List<String> annexAStayingWithIsms() {
        return coverage().annexAWithoutCounterpart();
    }
}
