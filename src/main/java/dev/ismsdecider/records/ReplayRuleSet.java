package dev.ismsdecider.records;

import dev.ismsdecider.evaluation.DecisionEngine;

import java.util.Optional;

/**
 * The rule set the server's configuration names for replays besides the loaded one ({@code decider.records.replay-rules-dir}),
 * if any. A client can choose it, never name a folder of its own.
 */
public record ReplayRuleSet(Optional<DecisionEngine> configured) {
}
