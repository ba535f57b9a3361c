package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.evaluation.Criterion;
import dev.ismsdecider.evaluation.Presence;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Small wording helpers the rules use to build their explanations from what they matched. */
public final class Explain {

    /** Evidence in the order of its JSON pointers (list indices by number). */
    static final Comparator<Evidence> BY_PATH = Comparator.comparing(Evidence::path, Explain::byPointer);

    private Explain() {
    }

    /** Evidence for each matched input fact, in pointer order. */
    public static List<Evidence> evidence(List<? extends HasEvidence> facts) {
        return facts.stream().map(HasEvidence::evidence).sorted(BY_PATH).toList();
    }

    /**
     * Advice that holds where there is OT, as it applies: unconditional when OT is known to exist, "If the organisation
     * operates OT: ..." when nobody has said.
     */
    public static String ifOt(OtFootprint footprint, String advice) {
        return footprint.presence() == Presence.PRESENT ? advice
                : "If the organisation operates OT: " + Character.toLowerCase(advice.charAt(0)) + advice.substring(1);
    }

    /** The given evidence followed by more, in pointer order. */
    public static List<Evidence> withEvidence(List<Evidence> evidence, Evidence... more) {
        return java.util.stream.Stream.concat(evidence.stream(), java.util.Arrays.stream(more))
                .sorted(BY_PATH).toList();
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
        return findings.stream().flatMap(f -> f.evidence().stream()).filter(distinctPath()).sorted(BY_PATH).toList();
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
                .sorted(Criterion.inCatalogOrder(id -> id))
                .collect(Collectors.joining(", "));
    }

    private static java.util.function.Predicate<Evidence> distinctPath() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return e -> seen.add(e.path());
    }

    /**
     * Orders JSON pointers segment by segment: list indices by number, property names alphabetically, a pointer
     * before the longer ones it starts. Compares in place: this runs in every rule that sorts evidence.
     */
    static int byPointer(String a, String b) {
        int i = 0;
        int j = 0;
        while (true) {
            int endA = segmentEnd(a, i);
            int endB = segmentEnd(b, j);
            int c = compareSegment(a, i, endA, b, j, endB);
            if (c != 0) {
                return c;
            }
            boolean moreA = endA < a.length();
            boolean moreB = endB < b.length();
            if (!moreA || !moreB) {
                return Boolean.compare(moreA, moreB);
            }
            i = endA + 1;
            j = endB + 1;
        }
    }

    private static int segmentEnd(String pointer, int from) {
        int slash = pointer.indexOf('/', from);
        return slash < 0 ? pointer.length() : slash;
    }

    /** Two segments, {@code a[i, endA)} and {@code b[j, endB)}: by number when both are short indices, else by text. */
    private static int compareSegment(String a, int i, int endA, String b, int j, int endB) {
        int lengthA = endA - i;
        int lengthB = endB - j;
        if (isIndex(a, i, endA) && isIndex(b, j, endB) && lengthA < 10 && lengthB < 10) {
            return Integer.compare(Integer.parseInt(a, i, endA, 10), Integer.parseInt(b, j, endB, 10));
        }
        for (int k = 0; k < Math.min(lengthA, lengthB); k++) {
            int c = Character.compare(a.charAt(i + k), b.charAt(j + k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(lengthA, lengthB);
    }

    private static boolean isIndex(String s, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
