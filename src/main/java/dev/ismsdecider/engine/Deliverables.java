package dev.ismsdecider.engine;

import dev.ismsdecider.knowledge.GapStatus;
import dev.ismsdecider.knowledge.ManagementSystemGap;
import dev.ismsdecider.gaps.ClauseGap;
import dev.ismsdecider.gaps.ClauseStatus;
import dev.ismsdecider.mapping.ControlMapping;
import dev.ismsdecider.mapping.ControlSetEntry;
import dev.ismsdecider.gaps.IsmsGapAnalysis;
import dev.ismsdecider.gaps.ManagementSystemElement;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The content of the documents rules ask for ({@link dev.ismsdecider.knowledge.Deliverable}): the packaged control
 * mapping and clause analysis, read once per engine. The organisation-independent parts are computed once.
 */
final class Deliverables {

    private final IsmsGapAnalysis clauseAnalysis;
    private final List<ControlSetEntry> otControlSet;
    private final List<String> annexAStayingWithIsms;

    private Deliverables(ControlMapping mapping, IsmsGapAnalysis clauseAnalysis) {
        this.clauseAnalysis = clauseAnalysis;
        this.otControlSet = mapping.otControlSet();
        this.annexAStayingWithIsms = mapping.annexAStayingWithIsms();
    }

    static Deliverables packaged() {
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
