package dev.ismsdecider.evaluation;

import java.util.List;
import java.util.stream.Collectors;

/** The rule set cannot be loaded: files missing, unreadable, or failing to compile. */
public class RuleSetException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super("the rule set does not load:\n  " + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
