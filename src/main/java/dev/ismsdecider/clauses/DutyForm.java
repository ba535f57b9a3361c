package dev.ismsdecider.clauses;

/**
 * The words in which a sentence puts a duty: a verb of duty ("shall", "muss"), a noun ("Nachweis", "proof of"),
 * a demand of another party ("requires", "verlangt"), the future tense ("will", which may also only say what is
 * going to happen), an imperative opening a requirement ("Provide evidence of …") or a duty that admits exceptions
 * ("soll", which in German statutes and contracts is binding unless the case is atypical).
 */
public enum DutyForm {
    VERB, NOUN, DEMAND, FUTURE, IMPERATIVE, QUALIFIED;

    /** The form a vocabulary label of an obligation cue names; a cue without one of these labels is a verb. */
    static DutyForm ofLabel(String label) {
        return switch (label) {
            case "NOMINAL" -> NOUN;
            case "DEMAND" -> DEMAND;
            case "FUTURE" -> FUTURE;
            case "IMPERATIVE" -> IMPERATIVE;
            case "QUALIFIED" -> QUALIFIED;
            default -> VERB;
        };
    }
}
