package dev.ismsdecider.clauses;

/** What a mention in a clause names; NONE stands for a clause that names no standard or scheme at all. */
public enum MentionedStandard { ISO_27001, ISMS, IEC_62443, OTHER_ASSURANCE, UNRELATED, NONE }
