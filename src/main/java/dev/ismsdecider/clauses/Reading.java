package dev.ismsdecider.clauses;

/** Whether a clause binds the organisation to ISO 27001 or an ISMS (contract v1); UNCLEAR is an open question. */
public enum Reading { BINDING, NOT_BINDING, UNCLEAR }
