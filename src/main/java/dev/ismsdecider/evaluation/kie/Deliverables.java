package dev.ismsdecider.evaluation.kie;

import dev.ismsdecider.evaluation.facts.Deliverable;

import dev.ismsdecider.evaluation.GapStatus;
import dev.ismsdecider.evaluation.facts.ManagementSystemGap;
import dev.ismsdecider.mapping.ClauseGap;
import dev.ismsdecider.mapping.ClauseStatus;
import dev.ismsdecider.mapping.ControlMapping;
import dev.ismsdecider.mapping.ControlSetEntry;
import dev.ismsdecider.mapping.IsmsGapAnalysis;
import dev.ismsdecider.mapping.ManagementSystemElement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The content of the documents rules ask for ({@link dev.ismsdecider.evaluation.facts.Deliverable}): the packaged control
 * mapping and clause analysis, read once per engine. The organisation-independent parts are computed once.
 */
public final class Deliverables {

    private final IsmsGapAnalysis clauseAnalysis;
    private final List<ControlSetEntry> otControlSet;
    private final List<String> annexAStayingWithIsms;

    private Deliverables(ControlMapping mapping, IsmsGapAnalysis clauseAnalysis) {
        this.clauseAnalysis = clauseAnalysis;
        this.otControlSet = mapping.otControlSet();
        this.annexAStayingWithIsms = mapping.annexAStayingWithIsms();
    }

    public static Deliverables packaged() {
        return new Deliverables(ControlMapping.packaged(), IsmsGapAnalysis.packaged());
    }

    List<ControlSetEntry> otControlSet() {
        return otControlSet;
    }

    List<String> annexAStayingWithIsms() {
        return annexAStayingWithIsms;
    }

    /** Every clause from 4.1 to 10.2 with the status the rules' element gaps give it. */
    List<ClauseGap> clauseGaps(List<ManagementSystemGap> elementGaps) {
        Map<ManagementSystemElement, ClauseStatus> byElement = new EnumMap<>(ManagementSystemElement.class);
        elementGaps.forEach(gap -> byElement.put(ManagementSystemElement.byField(gap.element()),
                gap.status() == GapStatus.MISSING ? ClauseStatus.MISSING : ClauseStatus.UNKNOWN));
        return clauseAnalysis.assess(byElement);
    }
}
