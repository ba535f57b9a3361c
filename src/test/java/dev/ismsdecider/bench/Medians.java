package dev.ismsdecider.bench;

import java.util.ArrayList;
import java.util.List;

/** The median the benchmark harnesses report: the middle value, the upper one of the two for an even count. */
final class Medians {

    private Medians() {
    }

    static double of(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }
}
