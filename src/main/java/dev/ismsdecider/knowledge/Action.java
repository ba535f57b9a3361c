package dev.ismsdecider.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.kie.api.runtime.rule.RuleContext;

import java.util.List;

/** Something the organisation should do, under the criterion that asks for it. */
public record Action(String criterion, String action) implements Traced {

    public static Action of(RuleContext rule, String action) {
        return new Action(RuleMetadata.criterionOf(rule), action);
    }

    @Override
    @JsonIgnore
    public List<String> paths() {
        return List.of();
    }

    @Override
    @JsonIgnore
    public String summary() {
        return "Action " + criterion;
    }
}
