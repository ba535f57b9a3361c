package dev.ismsdecider.mapping;

/**
 * How the requirements of a 62443 requirement and an Annex A control relate, in the set-theory vocabulary of
 * NIST IR 8477, with the matching OSCAL mapping-model token. A pair derived only through the CSF pivot shares a
 * subcategory with its control and nothing more is known, so it is {@link #INTERSECTS_WITH}.
 */
public enum Relationship {
    EQUAL("equal", "equal-to"),
    SUBSET_OF("subset of", "subset-of"),
    SUPERSET_OF("superset of", "superset-of"),
    INTERSECTS_WITH("intersects with", "intersects-with");

    private final String ir8477;
    private final String oscal;

    Relationship(String ir8477, String oscal) {
        this.ir8477 = ir8477;
        this.oscal = oscal;
    }

    /** The NIST IR 8477 wording, e.g. "intersects with". */
    public String ir8477() {
        return ir8477;
    }

    /** The OSCAL mapping-model relationship token, e.g. {@code intersects-with}. */
    public String oscal() {
        return oscal;
    }
}
