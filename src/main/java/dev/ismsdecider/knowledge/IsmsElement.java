package dev.ismsdecider.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A management-system element ISO 27001 requires and IEC 62443 does not fully provide, with the
 * ISO 27001 clause(s) that require it and whether it is in place ({@code null}: unknown). {@code order}
 * keeps the elements in the order the profile lists them.
 */
public record IsmsElement(int order, String element, String iso27001Clause, Boolean inPlace) implements HasEvidence {

    public String path() {
        return "/governance/managementSystem/" + element;
    }

    @Override
    public Evidence evidence() {
        return Evidence.of(path(), inPlace);
    }

    /** Evidence for the elements whose state is known. */
    public static List<Evidence> evidenceOf(List<IsmsElement> elements) {
        return sorted(elements).stream().filter(e -> e.inPlace() != null).map(IsmsElement::evidence).toList();
    }

    /** "in place: securityPolicy; missing: internalAudit; unknown: managementReview". */
    public static String status(List<IsmsElement> elements) {
        List<IsmsElement> sorted = sorted(elements);
        return List.of(group(sorted, Boolean.TRUE, "in place"), group(sorted, Boolean.FALSE, "missing"), group(sorted, null, "not stated"))
                .stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
    }

    private static String group(List<IsmsElement> elements, Boolean state, String label) {
        String names = elements.stream().filter(e -> java.util.Objects.equals(e.inPlace(), state))
                .map(e -> e.element() + " (" + e.iso27001Clause() + ")").collect(Collectors.joining(", "));
        return names.isEmpty() ? "" : label + ": " + names;
    }

    private static List<IsmsElement> sorted(List<IsmsElement> elements) {
        return elements.stream().sorted(Comparator.comparingInt(IsmsElement::order)).toList();
    }
}
