package dev.ismsdecider.evaluation;

/** Something the organisation should do, under the criterion that asks for it (contract v1). */
public record Action(String criterion, String action) {
}
