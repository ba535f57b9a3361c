package dev.ismsdecider.evaluation.kie;

import dev.ismsdecider.evaluation.facts.Deliverable;

import dev.ismsdecider.evaluation.GapStatus;
import dev.ismsdecider.evaluation.facts.ManagementSystemGap;
import dev.ismsdecider.gaps.ClauseGap;
import dev.ismsdecider.gaps.ClauseStatus;
import dev.ismsdecider.mapping.ControlMapping;
import dev.ismsdecider.mapping.ControlSetEntry;

import java.util.List;

/**
 * The content of the documents rules ask for ({@link dev.ismsdecider.evaluation.facts.Deliverable}) that does not depend on
 * the organisation: the packaged control mapping's OT control set, read once per engine. The clause-by-clause gap
 * analysis is not here: the PA-3 rules conclude it clause by clause ({@link dev.ismsdecider.evaluation.facts.IsmsClauseGap}).
 */
public final class Deliverables {

    private final List<ControlSetEntry> otControlSet;
    private final List<String> annexAStayingWithIsms;

    private Deliverables(ControlMapping mapping) {
        this.otControlSet = mapping.otControlSet();
        this.annexAStayingWithIsms = mapping.annexAStayingWithIsms();
    }

    static Deliverables packaged() {
        return new Deliverables(ControlMapping.packaged());
    }

    List<ControlSetEntry> otControlSet() {
        return otControlSet;
    }

    List<String> annexAStayingWithIsms() {
        return annexAStayingWithIsms;
    }
}
