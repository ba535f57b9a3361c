package dev.ismsdecider.evaluation.facts;

import java.util.List;

/** What a rule concluded, as the trace shows it: the input paths it rests on and one short line. */
public interface Traced {

    /** JSON pointers into the input that this conclusion rests on. */
    List<String> paths();

    /** A short line saying what was concluded, e.g. "Blocker NR-1". */
    String summary();

    /** The paths of the given evidence, in its order. */
    static List<String> pathsOf(List<Evidence> evidence) {
        String[] paths = new String[evidence.size()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = evidence.get(i).path();
        }
        return List.of(paths);
    }
}
