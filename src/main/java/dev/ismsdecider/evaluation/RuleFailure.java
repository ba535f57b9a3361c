package dev.ismsdecider.evaluation;

/**
 * A rule of the rule set failed while it was drawing its conclusion: a fault of the rule set, never of the facts.
 * Names the rule in the rule author's terms; the cause stays attached for the log.
 */
public final class RuleFailure extends RuntimeException {

    private final String rule;

    public RuleFailure(String rule, Throwable cause) {
        super(rule == null ? "a rule fails in its consequence" : "rule \"" + rule + "\" fails in its consequence", cause);
        this.rule = rule;
    }

    /** The name of the rule that failed, or {@code null} when the rule engine did not say. */
    public String rule() {
        return rule;
    }
}
