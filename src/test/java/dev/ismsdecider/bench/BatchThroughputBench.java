package dev.ismsdecider.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.Examples;
import dev.ismsdecider.batch.BatchEvaluator;
import dev.ismsdecider.batch.BatchRun;
import dev.ismsdecider.evaluation.DecisionEngine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Batch throughput against the single-thread rate, measured in turn in the same run: the same NDJSON input (every
 * example, repeated) through {@link BatchRun} on one thread and on one per processor, output counted and dropped.
 * Target: all cores at least 0.8 × cores × one thread. {@code java -cp … dev.ismsdecider.bench.BatchThroughputBench [rounds] [lines]}.
 */
public final class BatchThroughputBench {

    private BatchThroughputBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int cores = Runtime.getRuntime().availableProcessors();
        ObjectMapper json = new ObjectMapper();
        StringBuilder input = new StringBuilder();
        List<Path> examples = Examples.inputs();
        for (int i = 0; i < lines; i++) {
            input.append(json.readTree(Examples.bytes(examples.get(i % examples.size()))).toString()).append('\n');
        }
        byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
        BatchEvaluator evaluator = new BatchEvaluator(DecisionEngine.packaged());
        BatchRun one = new BatchRun(evaluator, 1);
        BatchRun all = new BatchRun(evaluator, cores);
        rate(one, bytes);
        rate(all, bytes);
        List<Double> single = new ArrayList<>();
        List<Double> parallel = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            single.add(rate(one, bytes));
            parallel.add(rate(all, bytes));
        }
        double s = Medians.of(single);
        double p = Medians.of(parallel);
        System.out.printf("%d lines per run, %d rounds, %d cores: one thread %.0f lines/s, %d threads %.0f lines/s; "
                + "ratio %.2f of cores × single (target 0.8)%n", lines, rounds, cores, s, cores, p, p / (cores * s));
    }

    private static double rate(BatchRun run, byte[] input) throws IOException {
        long[] written = {0};
        long start = System.nanoTime();
        BatchRun.Stats stats = run.run(new ByteArrayInputStream(input), result -> written[0] += result.json().length(), bytes -> { });
        if (stats.lines() != count(input) || written[0] == 0) {
            throw new IllegalStateException("not every line was answered: " + stats);
        }
        return stats.lines() / ((System.nanoTime() - start) / 1e9);
    }

    private static long count(byte[] input) {
        long n = 0;
        for (byte b : input) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }
}
