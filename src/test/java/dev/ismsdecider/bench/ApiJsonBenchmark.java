package dev.ismsdecider.bench;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.profile.StrictJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The JSON work of one REST request around the evaluation, in-process: reading and checking the facts
 * of the request, and writing the compact answer into a stream (as the server writes it into the
 * response). Run with {@code ./mvnw -Pbench verify -Dbench.jmh.include=ApiJsonBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ApiJsonBenchmark {

    @Param({"pharma-brownfield", "unknowns"})
    public String example;

    private byte[] json;
    private Assessment assessment;
    private final ObjectWriter writer = StrictJson.mapper().writer();

    @Setup
    public void setUp() throws IOException {
        json = Files.readAllBytes(Path.of("facts-examples", example + ".json"));
        assessment = DecisionEngine.packaged().evaluate(FactsReader.read(json));
    }

    @Benchmark
    public OrganizationProfile readFacts() {
        return FactsReader.read(json);
    }

    @Benchmark
    public long writeAnswer() throws IOException {
        Counting out = new Counting();
        writer.writeValue(out, assessment);
        return out.count;
    }

    /** A response stream that only counts, so that the benchmark measures Jackson and not a copy. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
