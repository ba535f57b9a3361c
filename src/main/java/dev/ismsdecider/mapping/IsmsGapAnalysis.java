package dev.ismsdecider.mapping;

import dev.ismsdecider.facts.OrganizationProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ISMS gap analysis for PA-3: every ISO/IEC 27001:2022 clause from 4.1 to 10.2, how far IEC 62443 covers it
 * (data, {@code mapping/isms-gap-analysis.json}), and a pure function that combines it with an organisation's
 * management-system facts into IN_PLACE, MISSING or UNKNOWN per clause.
 */
public final class IsmsGapAnalysis {

    static final String FILE = "isms-gap-analysis.json";

    /** The data file: a title, the basis of our reading, and the clauses in standard order. */
    record Data(String title, String basis, List<ClauseCoverage> clauses) {
    }

    private final Data data;

    private IsmsGapAnalysis(Data data) {
        this.data = data;
    }

    /** The analysis shipped with the application, read once. */
    public static IsmsGapAnalysis packaged() {
        return Packaged.ANALYSIS;
    }

    private static final class Packaged {
        static final IsmsGapAnalysis ANALYSIS = new IsmsGapAnalysis(MappingJson.read(FILE, Data.class));
    }

    /** What the coverage judgments rest on, and what the three coverage values mean. */
    public String basis() {
        return data.basis();
    }

    public List<ClauseCoverage> clauses() {
        return data.clauses();
    }

    /** For each element, the clauses it answers, in clause order. */
    public Map<ManagementSystemElement, List<String>> clausesByElement() {
        Map<ManagementSystemElement, List<String>> byElement = new LinkedHashMap<>();
        for (ManagementSystemElement element : ManagementSystemElement.values()) {
            byElement.put(element, clauses().stream().filter(c -> c.elements().contains(element)).map(ClauseCoverage::clause).toList());
        }
        return byElement;
    }

    /**
     * Every clause for an organisation ({@code null}: nothing stated): MISSING when an element the clause needs
     * is known missing, else UNKNOWN when one is not stated, else IN_PLACE. The coverage by IEC 62443 travels
     * along; it does not change the status.
     */
    public List<ClauseGap> assess(OrganizationProfile.ManagementSystem stated) {
        OrganizationProfile.ManagementSystem facts = stated == null ? OrganizationProfile.ManagementSystem.UNKNOWN : stated;
        return clauses().stream().map(clause -> {
            List<Boolean> states = clause.elements().stream().map(e -> e.stateIn(facts)).toList();
            ClauseStatus status = states.contains(Boolean.FALSE) ? ClauseStatus.MISSING
                    : states.stream().anyMatch(Objects::isNull) ? ClauseStatus.UNKNOWN : ClauseStatus.IN_PLACE;
            return new ClauseGap(clause.clause(), clause.title(), clause.coverage(), status,
                    clause.elements().stream().map(ManagementSystemElement::path).toList(), clause.rationale());
        }).toList();
    }
}
