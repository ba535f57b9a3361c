package dev.ismsdecider.clauses;

import dev.ismsdecider.evaluation.facts.Traced;

import java.util.List;
import java.util.stream.Stream;

/**
 * Rule fact: why the reading of a mention cannot be trusted either way; the mention becomes an open
 * question. {@code others} are the clauses that contradict it, if that is the doubt.
 */
public record ReadingDoubt(ClauseMention mention, String reason, List<ClauseMention> others) implements Traced {

    public ReadingDoubt(ClauseMention mention, String reason) {
        this(mention, reason, List.of());
    }

    /** The key of the mention it is about. */
    public long key() {
        return mention.key();
    }

    @Override
    public List<String> paths() {
        return Stream.concat(Stream.of(mention), others.stream()).map(ClauseMention::path).toList();
    }

    @Override
    public String summary() {
        return "Clause " + mention.label() + " is unclear: " + reason;
    }
}
