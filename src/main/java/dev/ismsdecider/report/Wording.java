package dev.ismsdecider.report;

import dev.ismsdecider.evaluation.Criterion;
import dev.ismsdecider.evaluation.GovernedBy;
import dev.ismsdecider.evaluation.Verdict;

/**
 * The words the reports for people use for the contract's codes: a verdict, a criterion, a framework. They
 * name what the rules decided; they decide nothing themselves.
 */
public final class Wording {

    /** The question every assessment answers. */
    public static final String QUESTION = "Can we drop ISO 27001 and rely on IEC 62443?";

    private Wording() {
    }

    /** The verdict in words, for the line a decision-maker reads first. */
    public static String verdict(Verdict verdict) {
        return switch (verdict) {
            case COEXIST -> "Keep ISO 27001, with IEC 62443 for OT inside it";
            case RELY_PRIMARILY_ON_IEC_62443 -> "Rely primarily on IEC 62443";
            case KEEP_ISO_27001 -> "Keep ISO 27001";
            case UNDETERMINED -> "Not decided yet: open questions first";
        };
    }

    /** {@code NR-1 (Customers, primes or regulators expect ISO 27001 or an ISMS)}; an unknown ID stays as it is. */
    public static String criterion(String id) {
        return Criterion.byId(id).map(c -> id + " (" + c.title() + ")").orElse(id);
    }

    /** The criterion's short title alone, or the ID when it is not in the catalog. */
    public static String criterionTitle(String id) {
        return Criterion.byId(id).map(Criterion::title).orElse(id);
    }

    public static String governedBy(GovernedBy governedBy) {
        return switch (governedBy) {
            case ISO_27001 -> "ISO 27001";
            case IEC_62443 -> "IEC 62443";
            case BOTH -> "both";
        };
    }
}
