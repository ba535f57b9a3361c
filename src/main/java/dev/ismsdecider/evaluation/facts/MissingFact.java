package dev.ismsdecider.evaluation.facts;



import java.util.List;

/**
 * Derived: a criterion cannot be decided because a fact is unknown. Becomes an open question once the
 * verdict rules know whether answering it could change the verdict.
 */
public record MissingFact(String criterion, String path, String question) implements Traced {

    @Override
    public List<String> paths() {
        return List.of(path);
    }

    @Override
    public String summary() {
        return criterion + " undecided: " + path + " is unknown";
    }
}
