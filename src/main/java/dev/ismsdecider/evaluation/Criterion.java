package dev.ismsdecider.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/**
 * The criterion catalog (design/criteria.md): stable IDs, the project's own short titles, and the
 * section of the source analysis each one encodes. Rules name these IDs in their {@code @criterion}
 * metadata.
 */
public enum Criterion {
    NR_1(Family.NR, "Customers, primes or regulators expect ISO 27001 or an ISMS"),
    NR_2(Family.NR, "The security scope reaches beyond OT"),
    NR_3(Family.NR, "The ISO 27001 certificate opens markets"),
    NR_4(Family.NR, "One auditable, top-down management system is needed"),
    CO_1(Family.CO, "IEC 62443 as the selected OT control set inside the ISMS"),
    CO_2(Family.CO, "IEC 62443 for OT technical depth"),
    CO_3(Family.CO, "ISO 27001 governs; IEC 62443 is the OT engineering reference"),
    BF_1(Family.BF, "Legacy enterprise systems stay under enterprise policies"),
    BF_2(Family.BF, "Long-lived OT assets need staged hardening"),
    BF_3(Family.BF, "IT/OT interfaces need both frameworks"),
    BF_4(Family.BF, "Validated systems change only through formal change control"),
    EV_1(Family.EV, "Document scope and rationale"),
    EV_2(Family.EV, "Maintain a control mapping to ISO 27001 Annex A"),
    EV_3(Family.EV, "Adopt IEC 62443 controls as controlled change"),
    EV_4(Family.EV, "Do not assume audit outcomes"),
    PA_1(Family.PA, "Coexistence: ISO 27001 governs, IEC 62443 leads in OT"),
    PA_2(Family.PA, "Relying primarily on IEC 62443 may be considered"),
    PA_3(Family.PA, "Cover the management-system elements IEC 62443 lacks"),
    SC_1(Family.SC, "No OT footprint: IEC 62443 is no organisational alternative"),
    SC_2(Family.SC, "ISO 27001 covers the enterprise; IEC 62443 covers IACS"),
    VD_1(Family.VD, "Not yet decidable: a reason to keep ISO 27001 cannot be ruled out"),
    VD_2(Family.VD, "Whether answering an open question could change the verdict");

    /** Criterion families, each tied to one section of the source analysis. */
    public enum Family {
        NR("When IEC 62443 cannot replace ISO 27001"),
        CO("Where IEC 62443 can complement or partially substitute"),
        BF("Brownfield and system coexistence realities"),
        EV("Risk, audit, and evidence considerations"),
        PA("Practical answer"),
        SC("Different scopes and intents"),
        /** Not a section of the source: the catalog's verdict table and its rule that unknown is not false. */
        VD("Verdicts (criteria catalog: unknown is not false)");

        private final String sourceSection;

        Family(String sourceSection) {
            this.sourceSection = sourceSection;
        }

        public String sourceSection() {
            return sourceSection;
        }
    }

    private static final java.util.Map<String, Criterion> BY_ID = Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Criterion::id, c -> c));

    private final Family family;
    private final String title;
    private final String id;

    Criterion(Family family, String title) {
        this.family = family;
        this.title = title;
        this.id = name().replace('_', '-');
    }

    /** The stable ID, e.g. {@code NR-1}. */
    public String id() {
        return id;
    }

    public Family family() {
        return family;
    }

    public String title() {
        return title;
    }

    public String sourceSection() {
        return family.sourceSection();
    }

    public static Optional<Criterion> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** Orders things by their criterion ID in catalog order (NR-1 before NR-2 before CO-1 ...); unknown IDs last. */
    public static <T> Comparator<T> inCatalogOrder(Function<T, String> criterionId) {
        return Comparator.comparingInt(t -> {
            Criterion criterion = BY_ID.get(criterionId.apply(t));
            return criterion == null ? Integer.MAX_VALUE : criterion.ordinal();
        });
    }
}
