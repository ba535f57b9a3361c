package dev.ismsdecider.gaps;

import dev.ismsdecider.profile.StrictJson;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ISMS gap analysis for PA-3, as data: every ISO/IEC 27001:2022 clause from 4.1 to 10.2, how far IEC 62443 covers
 * it and the management-system elements an organisation states to show it has what the clause asks
 * ({@code mapping/isms-gap-analysis.json}). Whether an organisation has a clause is decided by the PA-3 rules
 * ({@code rules/pa.drl}), over one fact per clause; this class only reads the data and keeps its order.
 */
public final class IsmsGapAnalysis {

    /** The data file, packaged beside the control mapping's data. */
    static final String RESOURCE = "mapping/isms-gap-analysis.json";

    /** The data file: a title, the basis of our reading, and the clauses in standard order. */
    record Data(String title, String basis, List<ClauseCoverage> clauses) {
    }

    private final Data data;
    private final Map<String, Integer> positions = new HashMap<>();

    private IsmsGapAnalysis(Data data) {
        this.data = data;
        for (ClauseCoverage clause : data.clauses()) {
            if (positions.putIfAbsent(clause.clause(), positions.size()) != null) {
                throw new IllegalStateException(RESOURCE + ": clause " + clause.clause() + " is listed twice");
            }
        }
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

    /** The clauses in standard order, 4.1 to 10.2. */
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

    /** Clause gaps in the order of the standard (the order of the data); a clause the analysis does not list is an error. */
    public Comparator<ClauseGap> inClauseOrder() {
        return Comparator.comparingInt(gap -> position(gap.clause()));
    }

    private int position(String clause) {
        Integer position = positions.get(clause);
        if (position == null) {
            throw new IllegalArgumentException("no clause " + clause + " in " + RESOURCE);
        }
        return position;
    }
}
