package dev.ismsdecider.clauses;

import dev.ismsdecider.evaluation.facts.Traced;

import java.util.List;

/** Rule fact: why a mention of ISO 27001 or an ISMS does not bind the organisation, in a few words. */
public record NotBindingReason(ClauseMention mention, String reason) implements Traced {

    /** The key of the mention it is about. */
    public long key() {
        return mention.key();
    }

    @Override
    public List<String> paths() {
        return List.of(mention.path());
    }

    @Override
    public String summary() {
        return "Clause " + mention.label() + " does not bind: " + reason;
    }
}
