package dev.ismsdecider.knowledge;

/** An input fact that can be cited as evidence. */
public interface HasEvidence {

    Evidence evidence();
}
