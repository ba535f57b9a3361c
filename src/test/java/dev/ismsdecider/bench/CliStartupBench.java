package dev.ismsdecider.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code evaluate} end to end in a fresh JVM, as a user runs it ({@code java -jar}), against the floor
 * measured in the same run: the same JVM and jar printing its version. Reports medians of several runs.
 * Usage: {@code CliStartupBench JAR EXAMPLE [RUNS]}.
 */
public final class CliStartupBench {

    private CliStartupBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String jar = args.length > 0 ? args[0] : findJar();
        String example = args.length > 1 ? args[1] : "facts-examples/pharma-brownfield.json";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        double floor = median(java, runs, "-jar", jar, "--version");
        double evaluate = median(java, runs, "-jar", jar, "evaluate", example);
        System.out.printf("| `java -jar` printing its version (floor) | %.0f ms |%n", floor);
        System.out.printf("| `java -jar … evaluate %s` | %.0f ms |%n", Path.of(example).getFileName(), evaluate);
        System.out.printf("| ratio evaluate / floor | %.1f |%n", evaluate / floor);
    }

    private static double median(String java, int runs, String... args) throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(Arrays.asList(args));
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(command + " exited " + process.exitValue());
            }
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }

    private static String findJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.map(Path::toString).filter(f -> f.endsWith(".jar") && !f.endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("build the jar first: ./mvnw package"));
        }
    }
}
