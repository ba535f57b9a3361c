package dev.ismsdecider.evaluation.kie;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/** Reads the metadata keys every rule carries. */
public final class RuleMetadata {

    /** Metadata key naming the criterion a rule implements, e.g. {@code @criterion("NR-1")}. */
    public static final String CRITERION = "criterion";

    private RuleMetadata() {
    }

    public static String criterionOf(RuleContext context) {
        return criterionOf(context.getRule());
    }

    public static String criterionOf(Rule rule) {
        Object criterion = rule.getMetaData().get(CRITERION);
        if (criterion == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' names no @" + CRITERION);
        }
        return criterion.toString();
    }
}
