package dev.ismsdecider.evaluation.facts;



import java.util.List;

/**
 * Concluded: a document the assessment should carry because a criterion asks for it, e.g. the OT control set
 * for the Statement of Applicability when a control mapping is required (EV-2). The rules decide that it is
 * needed. The OT control set's content is the project's mapping data, attached when the assessment is assembled; the
 * clause gap analysis is concluded by the PA-3 rules clause by clause ({@link IsmsClauseGap}) once it is asked for.
 */
public record Deliverable(String criterion, Kind kind) implements Traced {

    /** The documents the rules can ask for. */
    public enum Kind {
        /** Annex A controls with the IEC 62443-3-3 SRs that implement them in OT, and the controls that stay with the ISMS. */
        OT_CONTROL_SET("the OT control set for the Statement of Applicability"),
        /** Every ISO 27001 clause from 4.1 to 10.2: IEC 62443 coverage and the organisation's status. */
        ISMS_CLAUSE_GAPS("the clause-by-clause management-system gap analysis");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    @Override
    public List<String> paths() {
        return List.of();
    }

    @Override
    public String summary() {
        return "Attach " + kind.description;
    }
}
