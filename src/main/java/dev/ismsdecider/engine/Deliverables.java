package dev.ismsdecider.engine;

import dev.ismsdecider.facts.OrganizationProfile;
import dev.ismsdecider.mapping.ClauseGap;
import dev.ismsdecider.mapping.ControlMapping;
import dev.ismsdecider.mapping.ControlSetEntry;
import dev.ismsdecider.mapping.IsmsGapAnalysis;

import java.util.List;

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

    List<ClauseGap> clauseGaps(OrganizationProfile profile) {
        return clauseAnalysis.assess(profile.governance() == null ? null : profile.governance().managementSystem());
    }
}
