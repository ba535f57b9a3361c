package dev.ismsdecider.gaps;

import java.util.List;

/**
 * The PA-3 view of one clause for one organisation: how far IEC 62443 covers it, and whether the organisation has
 * it ({@link ClauseStatus}), with the facts (JSON pointers) the status rests on.
 */
public record ClauseGap(String clause, String title, Iec62443Coverage iec62443Coverage, ClauseStatus status,
                        List<String> facts, String rationale) {

    public ClauseGap {
        facts = List.copyOf(facts);
    }
}
