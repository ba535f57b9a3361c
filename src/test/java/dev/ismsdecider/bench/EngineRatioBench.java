package dev.ismsdecider.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.Examples;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.kie.RulesAlone;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.profile.StrictJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The operations of {@link EngineBenchmark} taken in turn in one JVM, so that their ratios do not depend on how
 * busy the host was when each ran: for each example, after a warm-up, rounds of {@code BATCH} calls of each
 * operation, each batch timed as the thread's CPU time. Prints per example the median time per call of each
 * operation over the rounds, and the two ratios the targets are about. Usage:
 * {@code EngineRatioBench [ROUNDS] [EXAMPLE ...]} (defaults: 15 rounds, every example of facts-examples/).
 */
public final class EngineRatioBench {

    private static final int BATCH = 1_000;
    private static final long WARM_UP_NANOS = 4_000_000_000L;

    private EngineRatioBench() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        List<Path> examples = args.length > 1
                ? List.of(args).subList(1, args.length).stream().map(name -> Examples.FOLDER.resolve(name + ".json")).toList()
                : Examples.inputs();
        DecisionEngine engine = DecisionEngine.packaged();
        RulesAlone rulesAlone = new RulesAlone();
        ObjectMapper mapper = StrictJson.mapper();

        System.out.println("| example | facts to assessment | rules alone | JSON to JSON | parse + write floor | JSON to JSON / floor |");
        System.out.println("|---|---|---|---|---|---|");
        for (Path example : examples) {
            byte[] json = Examples.bytes(example);
            OrganizationProfile profile = FactsReader.read(json);
            Assessment assessment = engine.evaluate(profile);
            Map<String, Runnable> operations = new LinkedHashMap<>();
            operations.put("factsToAssessment", () -> engine.evaluate(profile));
            operations.put("rulesAlone", () -> rulesAlone.fire(profile));
            operations.put("jsonToJson", () -> write(mapper, engine.evaluate(FactsReader.read(json))));
            operations.put("parseAndWriteFloor", () -> {
                FactsReader.read(json);
                write(mapper, assessment);
            });
            Map<String, Double> medians = medians(operations, rounds);
            String name = example.getFileName().toString().replace(".json", "");
            System.out.printf("| `%s` | %.0f µs | %.0f µs | %.0f µs | %.0f µs | %.1f |%n", name,
                    medians.get("factsToAssessment"), medians.get("rulesAlone"), medians.get("jsonToJson"),
                    medians.get("parseAndWriteFloor"), medians.get("jsonToJson") / medians.get("parseAndWriteFloor"));
        }
    }

    /** Median microseconds of CPU time per call of each operation, over rounds that take the operations in turn. */
    private static Map<String, Double> medians(Map<String, Runnable> operations, int rounds) {
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            operations.values().forEach(operation -> batch(operation));
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            operations.forEach((name, operation) -> times.computeIfAbsent(name, n -> new ArrayList<>()).add(batch(operation)));
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((name, perCall) -> medians.put(name, Medians.of(perCall)));
        return medians;
    }

    /** Microseconds of this thread's CPU time per call, over one batch of calls. */
    private static double batch(Runnable operation) {
        long start = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int i = 0; i < BATCH; i++) {
            operation.run();
        }
        return (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start) / 1e3 / BATCH;
    }

    private static void write(ObjectMapper mapper, Assessment assessment) {
        try {
            mapper.writeValueAsBytes(assessment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
