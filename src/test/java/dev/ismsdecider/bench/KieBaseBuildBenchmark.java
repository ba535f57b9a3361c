package dev.ismsdecider.bench;

import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleSetSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Making the KieBase of the packaged rule set, the first time in a fresh JVM (what start-up pays, one per
 * fork) and again in a warm JVM. {@code coldBuild} and {@code warmBuild} measure what the product does:
 * load the rules compiled at build time. {@code coldDrlCompile} and {@code warmDrlCompile} compile the
 * same DRL at run time instead, as {@code --rules-dir} and {@code --rules.dir} do (and a rule reload would).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KieBaseBuildBenchmark {

    @Benchmark
    @Fork(7)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public DecisionEngine coldBuild() {
        return packaged();
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public DecisionEngine warmBuild() {
        return packaged();
    }

    @Benchmark
    @Fork(7)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public DecisionEngine coldDrlCompile() {
        return DecisionEngine.load(RuleSetSource.packaged());
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public DecisionEngine warmDrlCompile() {
        return DecisionEngine.load(RuleSetSource.packaged());
    }

    /** The product's way; a benchmark that fell back to compiling the DRL would measure the wrong thing. */
    private static DecisionEngine packaged() {
        DecisionEngine engine = DecisionEngine.packaged();
        if (!engine.precompiled()) {
            throw new IllegalStateException("the packaged rules were compiled from DRL: build them first (./mvnw process-classes)");
        }
        return engine;
    }
}
