package dev.ismsdecider.clauses;

/** What a sentence asks for besides the standard itself: references of past work, a person's qualification, an audit right. */
public enum Asks { REFERENCES, PERSON_QUALIFICATION, AUDIT_RIGHT }
