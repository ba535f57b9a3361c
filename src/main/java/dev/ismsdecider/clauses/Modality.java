package dev.ismsdecider.clauses;

/** How a sentence puts what it names (contract v1): a duty, a permission, advice, or a statement of fact. */
public enum Modality { OBLIGATION, PERMISSION, RECOMMENDATION, DESCRIPTION }
