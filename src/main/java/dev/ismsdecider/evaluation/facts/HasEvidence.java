package dev.ismsdecider.evaluation.facts;

/** An input fact that can be cited as evidence. */
public interface HasEvidence {

    Evidence evidence();
}
