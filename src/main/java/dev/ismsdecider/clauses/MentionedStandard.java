package dev.ismsdecider.clauses;

/**
 * What a mention in a clause names; ISMS_LIKE is what may be an ISMS by another name ("information security management
 * framework", "Sicherheitsprozess", a body accredited under ISO/IEC 27006); NAMED_ELSEWHERE is a reference to
 * standards another clause names ("the aforementioned certifications"); NONE stands for a clause that names no
 * standard or scheme at all.
 */
public enum MentionedStandard { ISO_27001, ISMS, IEC_62443, OTHER_ASSURANCE, UNRELATED, ISMS_LIKE, NAMED_ELSEWHERE, NONE }
