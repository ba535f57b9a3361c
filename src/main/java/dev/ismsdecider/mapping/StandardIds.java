package dev.ismsdecider.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identifier lists of the standards (IDs only, no titles or text), as shipped under
 * {@code mapping/standard-ids/}: every ID the mapping ships or accepts is checked against them.
 */
public final class StandardIds {

    private static final StandardIds PACKAGED = load();

    private final Map<String, String> systemRequirements;
    private final List<String> annexAControls;
    private final List<String> clauses;
    private final Map<String, String> programElements2024;

    private StandardIds(Map<String, String> systemRequirements, List<String> annexAControls, List<String> clauses,
                        Map<String, String> programElements2024) {
        this.systemRequirements = Collections.unmodifiableMap(systemRequirements);
        this.annexAControls = List.copyOf(annexAControls);
        this.clauses = List.copyOf(clauses);
        this.programElements2024 = Collections.unmodifiableMap(programElements2024);
    }

    /** The lists packaged with the application. */
    public static StandardIds packaged() {
        return PACKAGED;
    }

    private static StandardIds load() {
        Map<String, String> srs = new LinkedHashMap<>();
        for (String[] row : Resources.tsv("standard-ids/iec62443-3-3-2013-sr.tsv", "id", "foundational_requirement")) {
            srs.put(row[0], row[1]);
        }
        List<String[]> iso = Resources.tsv("standard-ids/iso27001-2022.tsv", "id", "kind");
        List<String> annexA = iso.stream().filter(r -> r[1].equals("annex-a-control")).map(r -> r[0]).toList();
        List<String> clauses = iso.stream().filter(r -> r[1].equals("clause")).map(r -> r[0]).toList();
        if (annexA.size() + clauses.size() != iso.size()) {
            throw new IllegalStateException("iso27001-2022.tsv: a row is neither a clause nor an Annex A control");
        }
        Map<String, String> elements = new LinkedHashMap<>();
        for (String[] row : Resources.tsv("standard-ids/iec62443-2-1-2024-elements.tsv", "id", "program_element")) {
            elements.put(row[0], row[1]);
        }
        return new StandardIds(srs, annexA, clauses, elements);
    }

    /** IEC 62443-3-3:2013 system requirements in standard order, each with its foundational requirement (FR1..FR7). */
    public Map<String, String> systemRequirements() {
        return systemRequirements;
    }

    /** The foundational requirement of an SR, or {@code null} when the SR does not exist. */
    public String foundationalRequirementOf(String sr) {
        return systemRequirements.get(sr);
    }

    /** FR1..FR7 in order. */
    public List<String> foundationalRequirements() {
        return systemRequirements.values().stream().distinct().toList();
    }

    /** The 93 ISO/IEC 27001:2022 Annex A controls, written {@code A.5.1} .. {@code A.8.34}. */
    public List<String> annexAControls() {
        return annexAControls;
    }

    /** ISO/IEC 27001:2022 main-body clause numbers, 4 to 10.2 with sub-clauses. */
    public List<String> clauses() {
        return clauses;
    }

    /** The sub-elements of the IEC 62443-2-1:2024 security program, each with its program element (ORG, CM, ...). */
    public Map<String, String> programElements2024() {
        return programElements2024;
    }

    public boolean isSystemRequirement(String id) {
        return systemRequirements.containsKey(id);
    }

    public boolean isAnnexAControl(String id) {
        return annexAControls.contains(id);
    }

    public boolean isClause(String id) {
        return clauses.contains(id);
    }
}
