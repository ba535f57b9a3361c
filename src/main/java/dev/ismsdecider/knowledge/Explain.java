package dev.ismsdecider.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Small wording helpers the rules use to build their explanations from what they matched. */
public final class Explain {

    private Explain() {
    }

    /** Evidence for each matched input fact, in pointer order. */
    public static List<Evidence> evidence(List<? extends HasEvidence> facts) {
        return facts.stream().map(HasEvidence::evidence).sorted(Comparator.comparing(Evidence::path, Explain::byPointer)).toList();
    }

    /** The input values of the matched facts, e.g. "CORPORATE_IT, CLOUD_SAAS". */
    public static String values(List<? extends HasEvidence> facts) {
        return evidence(facts).stream().map(e -> String.valueOf(e.value())).collect(Collectors.joining(", "));
    }

    /** Every input path the given conclusions rest on, each once, in pointer order. */
    public static List<String> paths(List<? extends Traced> conclusions) {
        return conclusions.stream().flatMap(c -> c.paths().stream()).distinct().sorted(Explain::byPointer).toList();
    }

    /** Every piece of evidence of the given findings, each path once, in pointer order. */
    public static List<Evidence> evidenceOf(List<Finding> findings) {
        return findings.stream().flatMap(f -> f.evidence().stream()).filter(distinctPath()).sorted(Comparator.comparing(Evidence::path, Explain::byPointer)).toList();
    }

    /**
     * The distinct criteria of the given findings as a phrase, in catalog order: "the security scope
     * reaches beyond OT (NR-2) and the ISO 27001 certificate opens markets (NR-3)".
     */
    public static String criteria(List<Finding> findings) {
        List<String> parts = findings.stream().map(Finding::criterion).distinct()
                .map(id -> Criterion.byId(id).orElseThrow())
                .sorted()
                .map(c -> Character.toLowerCase(c.title().charAt(0)) + c.title().substring(1) + " (" + c.id() + ")")
                .toList();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The distinct criteria named by the given facts, in catalog order: "NR-2, NR-3". */
    public static String criterionIds(List<MissingFact> missing) {
        return missing.stream().map(MissingFact::criterion).distinct()
                .sorted(Comparator.comparing(id -> Criterion.byId(id).map(Enum::ordinal).orElse(Integer.MAX_VALUE)))
                .collect(Collectors.joining(", "));
    }

    private static java.util.function.Predicate<Evidence> distinctPath() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return e -> seen.add(e.path());
    }

    /** Orders JSON pointers: list indices by number, property names alphabetically. */
    static int byPointer(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegment(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareSegment(String a, String b) {
        if (Objects.equals(a, b)) {
            return 0;
        }
        boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (na && nb && a.length() < 10 && b.length() < 10) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareTo(b);
    }
}
