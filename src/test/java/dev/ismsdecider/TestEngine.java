package dev.ismsdecider;

import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.TraceStep;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.Finding;
import dev.ismsdecider.evaluation.FindingKind;

import java.util.List;

/** The packaged rule set, compiled once per test JVM, and small readers over assessments. */
public final class TestEngine {

    private static final class Holder {
        static final DecisionEngine ENGINE = DecisionEngine.packaged();
    }

    private TestEngine() {
    }

    public static DecisionEngine engine() {
        return Holder.ENGINE;
    }

    public static Assessment evaluate(ProfileFixture fixture) {
        return engine().evaluate(fixture.profile());
    }

    /** Names of the rules that fired, in firing order. */
    public static List<String> fired(Assessment assessment) {
        return assessment.trace().stream().map(TraceStep::rule).toList();
    }

    public static List<Finding> findings(Assessment assessment, String criterion) {
        return assessment.findings().stream().filter(f -> f.criterion().equals(criterion)).toList();
    }

    public static List<Finding> findings(Assessment assessment, String criterion, FindingKind kind) {
        return findings(assessment, criterion).stream().filter(f -> f.kind() == kind).toList();
    }
}
