package dev.ismsdecider.gaps;

import dev.ismsdecider.facts.StrictJson;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ISMS gap analysis for PA-3: every ISO/IEC 27001:2022 clause from 4.1 to 10.2, how far IEC 62443 covers it
 * (data, {@code mapping/isms-gap-analysis.json}), and how the gaps the rules found in an organisation's
 * management-system elements make each clause IN_PLACE, MISSING or UNKNOWN.
 */
public final class IsmsGapAnalysis {

    /** The data file, packaged beside the control mapping's data. */
    static final String RESOURCE = "mapping/isms-gap-analysis.json";

    /** The data file: a title, the basis of our reading, and the clauses in standard order. */
    record Data(String title, String basis, List<ClauseCoverage> clauses) {
    }

    private final Data data;
    /** Per clause, its gap for each status: a gap depends on the organisation only through its status. */
    private final List<Map<ClauseStatus, ClauseGap>> gapsByStatus;

    private IsmsGapAnalysis(Data data) {
        this.data = data;
        this.gapsByStatus = data.clauses().stream().map(IsmsGapAnalysis::gapsOf).toList();
    }

    private static Map<ClauseStatus, ClauseGap> gapsOf(ClauseCoverage clause) {
        List<String> facts = clause.elements().stream().map(ManagementSystemElement::path).toList();
        Map<ClauseStatus, ClauseGap> gaps = new EnumMap<>(ClauseStatus.class);
        for (ClauseStatus status : ClauseStatus.values()) {
            gaps.put(status, new ClauseGap(clause.clause(), clause.title(), clause.coverage(), status, facts, clause.rationale()));
        }
        return gaps;
    }

    /** The analysis shipped with the application, read once. */
    public static IsmsGapAnalysis packaged() {
        return Packaged.ANALYSIS;
    }

    private static final class Packaged {
        static final IsmsGapAnalysis ANALYSIS = new IsmsGapAnalysis(read());
    }

    private static Data read() {
        try (InputStream in = IsmsGapAnalysis.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return StrictJson.mapper().readValue(in, Data.class);
        } catch (IOException e) {
            throw new IllegalStateException("the packaged file " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
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
     * Every clause for an organisation, given the gaps the rules found in its elements (PA-3; an element without a
     * gap is in place): MISSING when an element the clause needs is missing, else UNKNOWN when one is not stated,
     * else IN_PLACE. The coverage by IEC 62443 travels along; it does not change the status.
     */
    public List<ClauseGap> assess(Map<ManagementSystemElement, ClauseStatus> elementGaps) {
        List<ClauseCoverage> clauses = clauses();
        List<ClauseGap> gaps = new ArrayList<>(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            gaps.add(gapsByStatus.get(i).get(status(clauses.get(i), elementGaps)));
        }
        return List.copyOf(gaps);
    }

    private static ClauseStatus status(ClauseCoverage clause, Map<ManagementSystemElement, ClauseStatus> elementGaps) {
        boolean unknown = false;
        for (ManagementSystemElement element : clause.elements()) {
            ClauseStatus gap = elementGaps.getOrDefault(element, ClauseStatus.IN_PLACE);
            if (gap == ClauseStatus.MISSING) {
                return ClauseStatus.MISSING;
            }
            unknown |= gap == ClauseStatus.UNKNOWN;
        }
        return unknown ? ClauseStatus.UNKNOWN : ClauseStatus.IN_PLACE;
    }
}
