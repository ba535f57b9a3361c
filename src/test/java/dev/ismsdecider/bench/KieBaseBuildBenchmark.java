package dev.ismsdecider.bench;

import dev.ismsdecider.engine.DecisionEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Compiling the packaged rule set into a KieBase: the first build in a fresh JVM (what start-up pays,
 * one per fork) and a build in a warm JVM (what a rule reload pays).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KieBaseBuildBenchmark {

    @Benchmark
    @Fork(7)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public DecisionEngine coldBuild() {
        return DecisionEngine.packaged();
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public DecisionEngine warmBuild() {
        return DecisionEngine.packaged();
    }
}
