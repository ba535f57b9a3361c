package dev.ismsdecider.mapping.build;

import dev.ismsdecider.mapping.Agreement;
import dev.ismsdecider.mapping.ControlPair;
import dev.ismsdecider.mapping.MappingNote;
import dev.ismsdecider.mapping.Standard;
import dev.ismsdecider.mapping.StandardIds;

import dev.ismsdecider.mapping.MappingNote.Kind;
import dev.ismsdecider.mapping.build.MappingSources.Correspondence;
import dev.ismsdecider.mapping.build.MappingSources.CsfRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Writes down what the sources' README flags and what the derivation cannot bridge, as notes in the mapping. */
final class MappingNotes {

    private MappingNotes() {
    }

    static List<MappingNote> of(MappingSources sources, Map<String, List<Correspondence>> targets, List<ControlPair> pairs,
                                List<String> newIn2022, StandardIds ids) {
        List<MappingNote> notes = new ArrayList<>();
        notes.add(new MappingNote(Kind.IDENTIFIERS, Standard.ISA_62443_2_1.title(), List.of(),
                "Element numbers are those of ANSI/ISA-62443-2-1 (99.02.01)-2009 as NIST cites them. No ID list of that"
                        + " edition is available, so they are checked by their form only (4.2 to 4.4 and sub-numbers), and they"
                        + " do not carry over to the restructured IEC 62443-2-1:2024."));
        notes.add(new MappingNote(Kind.IDENTIFIERS, "ISO/IEC 27001 main-body clauses", List.of(),
                "NIST cites the 2013 edition; the clause numbers it cites (4.1, 6, 6.1.2, 6.1.3, 7.4, 8.3, 9, 9.3, 10) exist"
                        + " in the 2022 edition with the same subject and are read as 2022 numbers. Chapter 10 swapped its two"
                        + " sub-clauses in 2022, which the chapter-level citations do not reach."));
        for (CsfRow row : sources.csf()) {
            clauseNotes(row, ids, notes);
            if (row.iso27001_2013().isEmpty() && !(row.iec62443_3_3().isEmpty() && row.isa62443_2_1().isEmpty())) {
                notes.add(new MappingNote(Kind.NO_ISO_REFERENCE, row.subcategory(), requirements(row),
                        "NIST lists 62443 references but no ISO/IEC 27001 reference here, so these references reach no"
                                + " Annex A control through this subcategory."));
            }
        }
        for (Map.Entry<String, List<Correspondence>> entry : targets.entrySet()) {
            correspondenceNotes(entry.getKey(), entry.getValue(), pairs, notes);
        }
        List<String> unconfirmed = sources.correspondence().stream().filter(c -> c.agreement() == Agreement.UNCONFIRMED)
                .map(Correspondence::iso2013).distinct().toList();
        notes.add(new MappingNote(Kind.UNCONFIRMED_CORRESPONDENCE, "ISO/IEC 27001:2013 to 2022 correspondence", unconfirmed,
                "The cross-check has no entry for these 2013 controls: their 2022 target rests on the compiled Annex B"
                        + " table alone (trust 0.8 instead of 1.0). The whole table was compiled from knowledge of Annex B, not"
                        + " extracted from the standard: check it against Annex B before relying on it."));
        notes.add(new MappingNote(Kind.NEW_IN_2022, "ISO/IEC 27001:2022 Annex A", newIn2022,
                "Controls new in 2022 have no 2013 predecessor, and NIST CSF 1.1 (2018) cites the 2013 edition only, so the"
                        + " pivot cannot reach them. They show as without counterpart for that reason alone; IEC 62443 may well"
                        + " address them (e.g. configuration management, monitoring) and a reviewer should map them by hand."));
        return notes;
    }

    /** Main-body clause references of one subcategory, and those that name no clause of the standard. */
    private static void clauseNotes(CsfRow row, StandardIds ids, List<MappingNote> notes) {
        List<String> clauses = row.clauses();
        List<String> valid = clauses.stream().filter(ids::isClause).toList();
        if (!valid.isEmpty()) {
            List<String> requirements = requirements(row);
            notes.add(new MappingNote(Kind.MAIN_BODY_CLAUSE, row.subcategory(), valid,
                    "Main-body clause(s) " + String.join(", ", valid) + " of ISO/IEC 27001, cited with "
                            + (requirements.isEmpty() ? "no 62443 reference" : String.join(", ", requirements))
                            + ". A management-system requirement, not an Annex A control: no pair is made; the ISMS gap"
                            + " analysis covers the main-body clauses."));
        }
        for (String clause : clauses.stream().filter(c -> !ids.isClause(c)).toList()) {
            boolean alsoAnnexA = row.annexA2013().contains("A." + clause);
            notes.add(new MappingNote(Kind.INVALID_REFERENCE, row.subcategory(), List.of(MappingSources.CLAUSE_PREFIX + clause),
                    "ISO/IEC 27001 has no clause " + clause + "; NIST probably meant Annex A control A." + clause
                            + (alsoAnnexA ? ", which this subcategory lists as well, so no pair is lost." : ", which is not mapped here.")));
        }
    }

    private static void correspondenceNotes(String control2013, List<Correspondence> rows, List<ControlPair> pairs,
                                            List<MappingNote> notes) {
        if (rows.size() > 1) {
            notes.add(new MappingNote(Kind.SPLIT_CORRESPONDENCE, control2013,
                    rows.stream().map(Correspondence::annexA2022).toList(),
                    control2013 + " became " + rows.size() + " controls in 2022 ("
                            + String.join(", ", rows.stream().map(Correspondence::annexA2022).toList())
                            + "); pairs are made to each, each judged by the agreement of its own row."));
        }
        for (Correspondence row : rows.stream().filter(r -> r.agreement() == Agreement.CONTESTED).toList()) {
            List<ControlPair> touched = pairs.stream().filter(p -> p.annexA().equals(row.annexA2022())
                    && p.provenance().stream().anyMatch(path -> path.iso27001_2013().contains(control2013))).toList();
            long only = touched.stream().filter(p -> p.provenance().stream().allMatch(path -> path.agreement() == Agreement.CONTESTED)).count();
            notes.add(new MappingNote(Kind.CONTESTED_CORRESPONDENCE, control2013, List.of(row.annexA2022()),
                    row.note() + ". Pairs passing through this row: " + touched.size() + "; resting on contested rows only"
                            + " (trust 0.4, always LOW): " + only + "."));
        }
    }

    private static List<String> requirements(CsfRow row) {
        return Stream.concat(row.iec62443_3_3().stream(), row.isa62443_2_1().stream()).toList();
    }
}
