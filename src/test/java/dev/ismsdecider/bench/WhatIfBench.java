package dev.ismsdecider.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.Examples;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleSetSource;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.whatif.WhatIf;
import dev.ismsdecider.whatif.WhatIfReport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The what-if analysis of the largest example (by input size) in a warm JVM: median wall and CPU time per
 * analysis over rounds, the evaluations it takes, and one evaluation of the same profile as the baseline
 * measured in the same run. {@code java -cp … dev.ismsdecider.bench.WhatIfBench [rounds]}.
 */
public final class WhatIfBench {

    private static final long WARM_UP_NANOS = 10_000_000_000L;

    private WhatIfBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        Path largest = Examples.inputs().stream().max(Comparator.comparingLong(WhatIfBench::size)).orElseThrow();
        DecisionEngine engine = DecisionEngine.packaged();
        WhatIf whatIf = new WhatIf(engine, RuleSetSource.packaged());
        WhatIf parallel = new WhatIf(engine, RuleSetSource.packaged(), true);
        JsonNode tree = FactsReader.parse(Examples.bytes(largest));
        OrganizationProfile profile = FactsReader.toProfile(tree);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        WhatIfReport report = null;
        while (System.nanoTime() < warmUpEnd) {
            report = whatIf.analyse(tree);
            parallel.analyse(tree);
        }
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> single = new ArrayList<>();
        List<Double> parallelWall = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            report = whatIf.analyse(tree);
            wall.add((System.nanoTime() - w0) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
            long p0 = System.nanoTime();
            parallel.analyse(tree);
            parallelWall.add((System.nanoTime() - p0) / 1e6);
            long s0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 100; i++) {
                engine.evaluate(profile);
            }
            single.add((threads.getCurrentThreadCpuTime() - s0) / 1e6 / 100);
        }
        double evaluation = Medians.of(single);
        System.out.printf("what-if of %s: median %.1f ms wall, %.1f ms CPU on one thread, %.1f ms wall with the single changes on "
                        + "%d cores, over %d rounds; %d evaluations (%d single changes tried, %d sets listed); one evaluation "
                        + "%.3f ms CPU, so %.1f evaluations' worth of CPU per analysis%n",
                largest.getFileName(), Medians.of(wall), Medians.of(cpu), Medians.of(parallelWall), Runtime.getRuntime().availableProcessors(),
                rounds, report.evaluations(), report.changesTried(), report.alternatives().size(), evaluation, Medians.of(cpu) / evaluation);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
