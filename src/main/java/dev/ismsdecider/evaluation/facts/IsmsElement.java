package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.profile.OrganizationProfile.ManagementSystem;
import dev.ismsdecider.gaps.ManagementSystemElement;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input fact: a management-system element ISO 27001 requires and IEC 62443 does not fully provide, and whether the
 * organisation says it is in place ({@code null}: unknown).
 */
public record IsmsElement(ManagementSystemElement kind, Boolean inPlace) implements HasEvidence {

    /** One fact per element, in the order the profile lists them. */
    public static List<IsmsElement> of(ManagementSystem stated) {
        return Arrays.stream(ManagementSystemElement.values()).map(kind -> new IsmsElement(kind, kind.stateIn(stated))).toList();
    }

    /** The field name, e.g. {@code internalAudit}. */
    public String element() {
        return kind.field();
    }

    /** Whether the element is one of the five of contract v1 (the others serve the clause-level analysis). */
    public boolean inContractV1() {
        return kind.inContractV1();
    }

    public String path() {
        return kind.path();
    }

    @Override
    public Evidence evidence() {
        return Evidence.of(path(), inPlace);
    }

    /** Evidence for the elements whose state is known. */
    public static List<Evidence> evidenceOf(List<IsmsElement> elements) {
        return sorted(elements).stream().filter(e -> e.inPlace() != null).map(IsmsElement::evidence).toList();
    }

    /** "in place: securityPolicy (5.2); missing: internalAudit (9.2); not stated: managementReview (9.3)". */
    public static String status(List<IsmsElement> elements) {
        List<IsmsElement> sorted = sorted(elements);
        return List.of(group(sorted, Boolean.TRUE, "in place"), group(sorted, Boolean.FALSE, "missing"), group(sorted, null, "not stated"))
                .stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
    }

    private static String group(List<IsmsElement> elements, Boolean state, String label) {
        String names = elements.stream().filter(e -> java.util.Objects.equals(e.inPlace(), state))
                .map(e -> e.element() + " (" + e.kind().contractV1Clause() + ")").collect(Collectors.joining(", "));
        return names.isEmpty() ? "" : label + ": " + names;
    }

    private static List<IsmsElement> sorted(List<IsmsElement> elements) {
        return elements.stream().sorted(Comparator.comparing(IsmsElement::kind)).toList();
    }
}
