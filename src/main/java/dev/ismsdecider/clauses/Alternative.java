package dev.ismsdecider.clauses;

/** What a clause offers beside ISO 27001: IEC 62443 or another scheme in its place, or nothing. */
public enum Alternative { NONE, IEC_62443, OTHER_SCHEME }
