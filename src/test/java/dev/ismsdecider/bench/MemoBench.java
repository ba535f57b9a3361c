package dev.ismsdecider.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.Examples;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.StrictJson;
import dev.ismsdecider.memo.Memo;
import dev.ismsdecider.memo.MemoInput;
import dev.ismsdecider.soa.StatementOfApplicability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The decision memo's cost beside the JSON assessment's, in one warm JVM: from the request bytes to the answer's
 * bytes, the JSON assessment, the memo as HTML, the memo as PDF and the SoA workbook, taken in turn round by round
 * after a warm-up, each call timed on the wall clock (what a client waits for) and as the thread's CPU time (what the
 * host's load changes least). Prints the medians per call of each and their ratios to the JSON assessment. Usage: {@code MemoBench [ROUNDS] [EXAMPLE]} (defaults: 60 rounds, the example
 * whose memo has the most pages).
 */
public final class MemoBench {

    private static final long WARM_UP_NANOS = 15_000_000_000L;

    private MemoBench() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        DecisionEngine engine = DecisionEngine.packaged();
        ObjectMapper mapper = StrictJson.mapper();
        Path example = args.length > 1 ? Examples.FOLDER.resolve(args[1] + ".json") : largest(engine);
        byte[] json = Examples.bytes(example);
        LocalDate date = LocalDate.of(2026, 12, 4);

        Map<String, Supplier<byte[]>> operations = new LinkedHashMap<>();
        operations.put("JSON assessment", () -> write(mapper, engine.evaluate(FactsReader.read(json))));
        operations.put("memo HTML", () -> Memo.instance().html(input(engine, json, date)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        operations.put("memo PDF", () -> Memo.instance().pdf(input(engine, json, date)));
        operations.put("SoA workbook", () -> StatementOfApplicability.workbook(input(engine, json, date)));

        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            operations.values().forEach(Supplier::get);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> wall = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            operations.forEach((name, operation) -> {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                operation.get();
                wall.computeIfAbsent(name, n -> new ArrayList<>()).add((System.nanoTime() - start) / 1e6);
                cpu.computeIfAbsent(name, n -> new ArrayList<>()).add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            });
        }
        System.out.printf("example %s, %d rounds after %d s of warm-up%n", example.getFileName(), rounds, WARM_UP_NANOS / 1_000_000_000L);
        System.out.println("| operation (request bytes to answer bytes) | median ms, wall clock | / JSON | median ms, thread CPU | / JSON |");
        System.out.println("|---|---|---|---|---|");
        double wallBase = Medians.of(wall.get("JSON assessment"));
        double cpuBase = Medians.of(cpu.get("JSON assessment"));
        wall.forEach((name, perCall) -> System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f |%n", name, Medians.of(perCall),
                Medians.of(perCall) / wallBase, Medians.of(cpu.get(name)), Medians.of(cpu.get(name)) / cpuBase));
    }

    /** The example whose memo PDF is largest: the annex grows with the findings, the control set and the trace. */
    private static Path largest(DecisionEngine engine) {
        Path largest = null;
        int size = -1;
        for (Path example : Examples.inputs()) {
            int bytes = Memo.instance().pdf(input(engine, Examples.bytes(example), LocalDate.of(2026, 12, 4))).length;
            if (bytes > size) {
                size = bytes;
                largest = example;
            }
        }
        return largest;
    }

    private static MemoInput input(DecisionEngine engine, byte[] json, LocalDate date) {
        return MemoInput.unstored(engine.evaluate(FactsReader.read(json)), json, date);
    }

    private static byte[] write(ObjectMapper mapper, Object assessment) {
        try {
            return mapper.writeValueAsBytes(assessment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
