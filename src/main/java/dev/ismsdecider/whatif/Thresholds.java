package dev.ismsdecider.whatif;

import dev.ismsdecider.evaluation.RuleFile;
import dev.ismsdecider.evaluation.RuleSetSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers the rules compare integer facts with, read from the DRL of the rule set in use: a fact such
 * as {@code oldestAssetAgeYears >= 10} can only give different results on either side of 10, so the values
 * next to each threshold are all the values worth trying.
 */
final class Thresholds {

    /** {@code name op number} in a rule constraint, e.g. {@code oldestAssetAgeYears >= 10}. */
    private static final Pattern COMPARISON = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*(>=|<=|==|!=|>|<)\\s*(-?\\d{1,9})\\b");

    private final Map<String, Set<Integer>> byField;

    private Thresholds(Map<String, Set<Integer>> byField) {
        this.byField = byField;
    }

    static Thresholds of(RuleSetSource rules) {
        Map<String, Set<Integer>> byField = new HashMap<>();
        for (RuleFile file : rules.files()) {
            Matcher m = COMPARISON.matcher(file.content());
            while (m.find()) {
                byField.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(Integer.parseInt(m.group(3)));
            }
        }
        return new Thresholds(byField);
    }

    /** The values on both sides of every threshold the rules compare {@code field} with, ascending. */
    Set<Integer> candidates(String field) {
        Set<Integer> values = new TreeSet<>();
        for (int t : byField.getOrDefault(field, Set.of())) {
            values.add(t - 1);
            values.add(t);
            values.add(t + 1);
        }
        return values;
    }
}
