package dev.ismsdecider.batch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.ismsdecider.report.AssessmentReport;
import dev.ismsdecider.evaluation.FindingKind;
import dev.ismsdecider.evaluation.OpenQuestion;
import dev.ismsdecider.evaluation.Verdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Totals over a batch: verdict counts, the most common blockers (by criterion and title) and the most
 * frequent open questions (by path). Counted as results come, in bounded memory: past {@link #MAX_KEYS}
 * distinct blockers or paths, new ones are counted under "other".
 */
public final class BatchSummary {

    static final int MAX_KEYS = 10_000;
    static final int TOP = 10;

    private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    private final Map<String, Long> blockers = new HashMap<>();
    private final Map<String, Long> questions = new HashMap<>();
    private long assessed;
    private long failed;

    /** Counts one result. */
    public void add(LineResult result) {
        if (!result.assessed()) {
            failed++;
            return;
        }
        assessed++;
        verdicts.merge(result.assessment().verdict(), 1L, Long::sum);
        result.assessment().findings().stream().filter(f -> f.kind() == FindingKind.BLOCKER)
                .map(f -> f.criterion() + ": " + f.title()).distinct().forEach(key -> count(blockers, key));
        result.assessment().openQuestions().stream().map(OpenQuestion::path).distinct().forEach(key -> count(questions, key));
    }

    private static void count(Map<String, Long> counts, String key) {
        if (counts.containsKey(key) || counts.size() < MAX_KEYS) {
            counts.merge(key, 1L, Long::sum);
        } else {
            counts.merge("other", 1L, Long::sum);
        }
    }

    /** The totals, as written by {@code --summary --format json}. */
    @JsonPropertyOrder({"lines", "assessed", "notAssessed", "verdicts", "topBlockers", "topOpenQuestions"})
    public record Totals(long lines, long assessed, long notAssessed, Map<String, Long> verdicts, List<Count> topBlockers,
                         List<Count> topOpenQuestions) {
    }

    /** A blocker or question path and how many assessed lines have it. */
    public record Count(String key, long count) {
    }

    public Totals totals() {
        Map<String, Long> byVerdict = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            byVerdict.put(v.name(), verdicts.getOrDefault(v, 0L));
        }
        return new Totals(assessed + failed, assessed, failed, byVerdict, top(blockers), top(questions));
    }

    private static List<Count> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).map(e -> new Count(e.getKey(), e.getValue())).collect(Collectors.toCollection(ArrayList::new));
    }

    public String json() {
        return AssessmentReport.json(totals());
    }

    public String text() {
        Totals t = totals();
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append("Lines: ").append(t.lines()).append(", assessed ").append(t.assessed()).append(", not assessed ")
                .append(t.notAssessed()).append(nl);
        out.append("Verdicts:").append(nl);
        t.verdicts().forEach((v, n) -> out.append("  ").append(v).append(": ").append(n).append(nl));
        out.append("Most common blockers:").append(nl);
        t.topBlockers().forEach(c -> out.append("  ").append(c.count()).append("  ").append(c.key()).append(nl));
        out.append("Most frequent open questions:").append(nl);
        t.topOpenQuestions().forEach(c -> out.append("  ").append(c.count()).append("  ").append(c.key()).append(nl));
        return out.toString();
    }

}
