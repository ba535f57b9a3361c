package dev.ismsdecider.profile;

/**
 * What a paragraph of a contract is, as the document readers see it from its form: an operative clause
 * (BODY), a heading, a definition of a term, or a recital (preamble, "Whereas ..."). The role says
 * nothing about whether the clause binds anyone: rules read it. {@code null}: not known.
 */
public enum ClauseRole {
    BODY, HEADING, DEFINITION, RECITAL
}
