package dev.ismsdecider.clauses;

/**
 * What a sentence asks for besides the standard itself: references of past work, a person's qualification, an audit
 * right (or a right to ask for evidence), or services concerning the standard ("ISO 27001 consultancy services").
 */
public enum Asks { REFERENCES, PERSON_QUALIFICATION, AUDIT_RIGHT, SERVICES }
