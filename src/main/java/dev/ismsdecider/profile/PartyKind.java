package dev.ismsdecider.profile;

/** Who states an expectation or signs a clause. */
public enum PartyKind {
    CUSTOMER, PRIME, REGULATOR, CERTIFICATION_BODY, INSURER, OTHER
}
