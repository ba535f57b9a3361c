package dev.ismsdecider.clauses;

import dev.ismsdecider.facts.OrganizationProfile.ContractClause;

import java.util.ArrayList;
import java.util.List;

/**
 * The one-call entry point of the clause capability: contract clauses in, clause findings out. Built once
 * from a {@link Vocabulary} and shared; every method is thread-safe. A clause without readable text is
 * never read as "requires nothing": it is reported as unreadable, so that a person answers for it.
 */
public final class ClauseChecker {

    private final Vocabulary vocabulary;
    private final ClauseClassifier classifier;
    private final String unavailable;

    private ClauseChecker(Vocabulary vocabulary, boolean prefiltered, String unavailable) {
        this.vocabulary = vocabulary;
        this.classifier = vocabulary == null ? null : new ClauseClassifier(vocabulary, prefiltered);
        this.unavailable = unavailable;
    }

    /** A checker over a loaded vocabulary. */
    public static ClauseChecker of(Vocabulary vocabulary) {
        return new ClauseChecker(vocabulary, true, null);
    }

    /** A checker that runs every pattern over the whole clause: the reference for tests and benchmarks. */
    static ClauseChecker unfiltered(Vocabulary vocabulary) {
        return new ClauseChecker(vocabulary, false, null);
    }

    /** A checker without vocabulary: it reads no clause and says why, so every clause stays an open question. */
    public static ClauseChecker unavailable(String reason) {
        return new ClauseChecker(null, false, reason);
    }

    /** A checker over a vocabulary file's content; see {@link Vocabulary#parse(String, String)}. */
    public static ClauseChecker fromJson(String file, String json) {
        return of(Vocabulary.parse(file, json));
    }

    /** The vocabulary, or null for a checker that reads nothing. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Classifies every clause (for {@code POST /api/v1/clauses/check} and {@code check-clauses}). Findings
     * come in clause order, then text order; unreadable clauses are listed by their position in the input.
     */
    public ClauseCheck check(List<ContractClause> clauses) {
        return summary(readAll(clauses));
    }

    /** Reads every clause, keeping each clause's findings together. */
    public List<Result> readAll(List<ContractClause> clauses) {
        return clauses.stream().map(this::read).toList();
    }

    /** The check body of clauses already read, in their order. */
    public ClauseCheck summary(List<Result> results) {
        List<ClauseFinding> findings = new ArrayList<>();
        List<UnreadableClause> unreadable = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Result result = results.get(i);
            findings.addAll(result.findings());
            if (!result.readable()) {
                unreadable.add(new UnreadableClause(i, result.clause().id(), result.clause().party(), result.unreadable()));
            }
        }
        return new ClauseCheck(findings, unreadable,
                vocabulary == null ? null : new ClauseCheck.VocabularyRef(vocabulary.version(), vocabulary.sha256()));
    }

    /** Reads one clause: its findings, or why it could not be read. */
    public Result read(ContractClause clause) {
        String text = clause.text();
        if (classifier == null) {
            return new Result(clause, List.of(), unavailable);
        }
        if (text == null) {
            return new Result(clause, List.of(), "the clause has no text");
        }
        if (!hasLetter(text)) {
            return new Result(clause, List.of(), text.isBlank() ? "the clause text is empty" : "the clause text has no words to read");
        }
        return new Result(clause, classifier.classify(clause), null);
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (Character.isLetter(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** What one clause says: its findings, or, when {@code unreadable} is set, why nothing could be read. */
    public record Result(ContractClause clause, List<ClauseFinding> findings, String unreadable) {

        public Result {
            findings = List.copyOf(findings);
        }

        public boolean readable() {
            return unreadable == null;
        }
    }
}
