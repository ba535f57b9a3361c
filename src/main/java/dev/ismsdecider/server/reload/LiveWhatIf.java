package dev.ismsdecider.server.reload;

import dev.ismsdecider.whatif.WhatIf;

/**
 * The what-if analysis over the rule set in force, made again when a reload puts another in force. An analysis
 * reads the rules' thresholds once, so it belongs to one rule set; two requests racing after a reload may both
 * make the new one, which is harmless.
 */
public final class LiveWhatIf {

    private record Analysis(LiveRuleSet.Active ruleSet, WhatIf whatIf) {
    }

    private final LiveRuleSet live;
    private volatile Analysis analysis;

    public LiveWhatIf(LiveRuleSet live) {
        this.live = live;
    }

    /** The analysis for the rule set in force now; a request keeps the one it got. */
    public WhatIf current() {
        LiveRuleSet.Active ruleSet = live.current();
        Analysis known = analysis;
        if (known == null || known.ruleSet() != ruleSet) {
            known = new Analysis(ruleSet, new WhatIf(ruleSet.engine(), ruleSet.source()));
            analysis = known;
        }
        return known.whatIf();
    }
}
