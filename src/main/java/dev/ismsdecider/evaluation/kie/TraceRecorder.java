package dev.ismsdecider.evaluation.kie;

import dev.ismsdecider.evaluation.TraceStep;
import dev.ismsdecider.evaluation.Criterion;
import dev.ismsdecider.evaluation.kie.RuleMetadata;
import dev.ismsdecider.evaluation.facts.Traced;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records every rule firing and what it concluded, from KIE events alone (rules never print). Also keeps
 * the conclusions still standing at the end, in the order they were drawn.
 */
public final class TraceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** A conclusion still standing, with the step that drew it. */
    public record Conclusion(int step, Traced fact) {
    }

    private static final class Firing {
        final int step;
        final Rule rule;
        final List<Traced> concluded = new ArrayList<>();
        boolean withdrawn;

        Firing(int step, Rule rule) {
            this.step = step;
            this.rule = rule;
        }
    }

    private final List<Firing> firings = new ArrayList<>();
    private final Map<FactHandle, Conclusion> standing = new LinkedHashMap<>();
    private final Map<FactHandle, Firing> drawnBy = new IdentityHashMap<>();
    private Firing current;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = new Firing(firings.size() + 1, event.getMatch().getRule());
        firings.add(current);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (current != null && event.getObject() instanceof Traced fact) {
            current.concluded.add(fact);
            standing.put(event.getFactHandle(), new Conclusion(current.step, fact));
            drawnBy.put(event.getFactHandle(), current);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (standing.remove(event.getFactHandle()) != null) {
            drawnBy.remove(event.getFactHandle()).withdrawn = true;
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Rules never modify facts; nothing to record.
    }

    /** Conclusions still standing, in the order they were drawn. */
    public List<Conclusion> standing() {
        return List.copyOf(standing.values());
    }

    public List<TraceStep> trace() {
        List<TraceStep> steps = new ArrayList<>(firings.size());
        for (Firing firing : firings) {
            steps.add(toStep(firing));
        }
        return steps;
    }

    /** One firing as the trace shows it: the paths of what it concluded and their summaries, each once, in order. */
    private static TraceStep toStep(Firing firing) {
        String criterion = RuleMetadata.criterionOf(firing.rule);
        String source = Criterion.byId(criterion).map(Criterion::sourceSection).orElse("");
        // A firing concludes a handful of facts: lists with a look-up beat hash sets here.
        List<String> facts = new ArrayList<>();
        List<String> summaries = new ArrayList<>(firing.concluded.size());
        for (Traced fact : firing.concluded) {
            for (String path : fact.paths()) {
                addNew(facts, path);
            }
            addNew(summaries, fact.summary());
        }
        return new TraceStep(firing.step, firing.rule.getName(), criterion, source, List.copyOf(facts),
                summaries.isEmpty() ? "nothing new" : String.join("; ", summaries), firing.withdrawn ? Boolean.TRUE : null);
    }

    private static void addNew(List<String> into, String item) {
        if (!into.contains(item)) {
            into.add(item);
        }
    }
}
