package dev.ismsdecider.mapping.build;

import dev.ismsdecider.mapping.Agreement;
import dev.ismsdecider.mapping.Resources;
import dev.ismsdecider.mapping.Standard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The two public sources of the mapping, as shipped under {@code mapping/sources/}: the NIST CSF 1.1 informative
 * references (the pivot) and the ISO/IEC 27001 2013 to 2022 Annex A correspondence.
 */
record MappingSources(List<CsfRow> csf, List<Correspondence> correspondence) {

    static final String CSF_FILE = "sources/csf11-informative-references.tsv";
    static final String CORRESPONDENCE_FILE = "sources/iso27001-2013-to-2022.tsv";
    static final String CLAUSE_PREFIX = "Clause ";

    MappingSources {
        csf = List.copyOf(csf);
        correspondence = List.copyOf(correspondence);
    }

    /** One CSF subcategory with the references NIST lists for it, in NIST's order. */
    record CsfRow(String subcategory, List<String> isa62443_2_1, List<String> iec62443_3_3, List<String> iso27001_2013) {

        List<String> requirements(Standard standard) {
            return standard == Standard.IEC_62443_3_3 ? iec62443_3_3 : isa62443_2_1;
        }

        /** The Annex A controls (2013 numbering) among the ISO references. */
        List<String> annexA2013() {
            return iso27001_2013.stream().filter(id -> id.startsWith("A.")).toList();
        }

        /** The main-body clauses among the ISO references, without the {@code Clause } prefix. */
        List<String> clauses() {
            return iso27001_2013.stream().filter(id -> id.startsWith(CLAUSE_PREFIX))
                    .map(id -> id.substring(CLAUSE_PREFIX.length())).toList();
        }
    }

    /** One row of the correspondence: a 2013 Annex A control, one 2022 control it became, and how firm that is. */
    record Correspondence(String iso2013, String annexA2022, String note, Agreement agreement) {
    }

    static MappingSources packaged() {
        List<CsfRow> csf = Resources.tsv(CSF_FILE, "subcategory", Standard.ISA_62443_2_1.csfColumn(),
                        Standard.IEC_62443_3_3.csfColumn(), "iso27001_2013").stream()
                .map(r -> new CsfRow(r[0], Resources.ids(r[1]), Resources.ids(r[2]), Resources.ids(r[3])))
                .toList();
        List<Correspondence> correspondence = Resources.tsv(CORRESPONDENCE_FILE, "old_id", "new_id", "note").stream()
                .map(r -> new Correspondence(r[0], "A." + r[1], r[2], Agreement.ofNote(r[2])))
                .toList();
        return new MappingSources(csf, correspondence);
    }

    /** The 2022 targets of each 2013 control, in file order. */
    Map<String, List<Correspondence>> targetsOf2013() {
        return correspondence.stream().collect(Collectors.groupingBy(Correspondence::iso2013,
                LinkedHashMap::new, Collectors.toList()));
    }
}
