package dev.ismsdecider.gaps;

import java.util.List;

/**
 * One ISO/IEC 27001:2022 main-body clause in the gap analysis: our own short title, how far IEC 62443 covers it,
 * the management-system elements an organisation states to show it has what the clause asks, the IEC 62443 parts or
 * 2-1:2024 program elements our reading rests on, and our rationale in a sentence. The engine inserts one per clause
 * as a fact for the PA-3 rules.
 */
public record ClauseCoverage(String clause, String title, Iec62443Coverage coverage, List<ManagementSystemElement> elements,
                             List<String> iec62443, String rationale) {

    public ClauseCoverage {
        elements = List.copyOf(elements);
        iec62443 = List.copyOf(iec62443);
    }

    /**
     * This clause for one organisation, with the status the PA-3 rules gave it; its facts are the JSON pointers of the
     * elements it needs, which the status rests on.
     */
    public ClauseGap gap(ClauseStatus status) {
        return new ClauseGap(clause, title, coverage, status, elements.stream().map(ManagementSystemElement::path).toList(), rationale);
    }
}
