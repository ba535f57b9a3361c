package dev.ismsdecider.mapping;

import dev.ismsdecider.mapping.export.OscalExport;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The ways a selection of the mapping can be written out: a CSV table, the project's JSON, or an OSCAL document. */
public enum MappingFormat {
    CSV, JSON, OSCAL;

    static final List<String> CSV_HEADER = List.of("standard", "requirement", "foundational_requirement", "annex_a",
            "relationship", "confidence", "score", "subcategories", "iso27001_2013");

    /** The selection in this format, ending with a newline. */
    public String render(ControlMapping mapping, MappingSelection selection) {
        return switch (this) {
            case CSV -> csv(selection.pairs());
            case JSON -> MappingJson.write(selection);
            case OSCAL -> MappingJson.write(OscalExport.of(selection.pairs(),
                    selection.filter().isEmpty() ? mapping.coverage() : null, mapping.document().version()));
        };
    }

    /** One row per pair; several IDs in a cell are separated by spaces; the relationship in NIST IR 8477 words. */
    private static String csv(List<ControlPair> pairs) {
        Stream<String> rows = pairs.stream().map(p -> row(List.of(
                p.standard().name(), p.requirement(), p.foundationalRequirement() == null ? "" : p.foundationalRequirement(),
                p.annexA(), p.relationship().ir8477(), p.confidence().level().name(), String.valueOf(p.confidence().score()),
                String.join(" ", p.subcategories()),
                p.provenance().stream().flatMap(path -> path.iso27001_2013().stream()).distinct().collect(Collectors.joining(" ")))));
        return Stream.concat(Stream.of(row(CSV_HEADER)), rows).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String row(List<String> cells) {
        return cells.stream().map(MappingFormat::cell).collect(Collectors.joining(","));
    }

    /** RFC 4180 quoting, for the cells that need it. */
    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
