package dev.ismsdecider.bench;

import dev.ismsdecider.Examples;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * A soak run, not a timed test: {@code EVALUATIONS} evaluations (default 100,000) of the examples in turn on one
 * engine, with the heap in use after a full collection measured after a warm-up and at the end. A leak (sessions
 * not disposed, listeners kept, caches that grow with each evaluation) shows as heap growth and as open KIE
 * sessions. Prints both and exits 1 if the heap grew by more than 10 % or a session is open. Usage:
 * {@code SoakBench [EVALUATIONS]}; the command is in docs/performance.md ("Soak").
 */
public final class SoakBench {

    private static final int WARM_UP = 5_000;

    private SoakBench() {
    }

    public static void main(String[] args) {
        int evaluations = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        DecisionEngine engine = DecisionEngine.packaged();
        List<OrganizationProfile> profiles = Examples.inputs().stream().map(Path::toFile)
                .map(file -> FactsReader.read(Examples.bytes(file.toPath()))).toList();
        for (int i = 0; i < WARM_UP; i++) {
            engine.evaluate(profiles.get(i % profiles.size()));
        }
        long start = heapAfterFullGc();
        long began = System.nanoTime();
        long verdicts = 0;
        for (int i = 0; i < evaluations; i++) {
            verdicts += engine.evaluate(profiles.get(i % profiles.size())).verdict().ordinal();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long end = heapAfterFullGc();
        double growth = (end - start) * 100.0 / start;
        System.out.printf("evaluations %,d in %.1f s (%,.0f/s, checksum %d)%n", evaluations, seconds, evaluations / seconds, verdicts);
        System.out.printf("heap after full GC: start %.1f MB, end %.1f MB, change %+.1f %%%n", start / 1e6, end / 1e6, growth);
        System.out.printf("KIE sessions open: %d%n", engine.openSessions());
        if (growth > 10 || engine.openSessions() != 0) {
            System.out.println("FAILED: heap grew by more than 10 % or a session is open");
            System.exit(1);
        }
    }

    /** Heap in use once a few full collections have run and the figure has settled. */
    private static long heapAfterFullGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
