package dev.ismsdecider.clauses;

import java.util.List;

/**
 * The answer to "does anything in these clauses tie us to ISO 27001?" (the body of a clause check): every
 * finding, the clauses that could not be read, the vocabulary that read them, and what the rules say to do
 * about them (contract v1 addition: {@code actions}).
 */
public record ClauseCheck(List<ClauseFinding> clauseFindings, List<UnreadableClause> unreadableClauses, VocabularyRef vocabulary,
                          List<String> actions) {

    public ClauseCheck {
        clauseFindings = List.copyOf(clauseFindings);
        unreadableClauses = List.copyOf(unreadableClauses);
        actions = List.copyOf(actions);
    }

    /** Which vocabulary classified the clauses: its declared version and the SHA-256 of its file. */
    public record VocabularyRef(String version, String sha256) {
    }
}
