package dev.ismsdecider.evaluation;

/** A fact the assessment needs and the input does not give (contract v1): where it belongs, for which criterion, and whether its answer could change the verdict. */
public record OpenQuestion(String path, String criterion, String question, boolean couldChangeVerdict) {
}
