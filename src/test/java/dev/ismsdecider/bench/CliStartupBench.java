package dev.ismsdecider.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code evaluate} end to end in a fresh JVM, as a user runs it, against the floor measured in the same run: the
 * same JVM and jar printing its version. Two ways: the launcher beside the jar ({@code target/isms-decider}, with
 * the command line's class-data archive and the quick JIT tier), and plain {@code java -jar}. Reports medians of
 * several runs, the runs of the three commands taken in turn so that a change in the host's load touches all of
 * them alike. Usage: {@code CliStartupBench JAR EXAMPLE [RUNS]}.
 */
public final class CliStartupBench {

    private CliStartupBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String jar = args.length > 0 ? args[0] : findJar();
        String example = args.length > 1 ? args[1] : "facts-examples/pharma-brownfield.json";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 9;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String launcher = Path.of(jar).resolveSibling("isms-decider").toString();

        List<List<String>> commands = List.of(
                List.of(java, "-jar", jar, "--version"),
                List.of(java, "-jar", jar, "evaluate", example),
                List.of(launcher, "evaluate", example));
        List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < runs; i++) {
            for (int c = 0; c < commands.size(); c++) {
                times.get(c).add(wallMillis(commands.get(c)));
            }
        }
        double floor = Medians.of(times.get(0));
        double plain = Medians.of(times.get(1));
        double launched = Medians.of(times.get(2));
        String name = Path.of(example).getFileName().toString();
        System.out.printf("| `java -jar target/isms-decider.jar --version` (floor) | %.0f ms | |%n", floor);
        System.out.printf("| `java -jar target/isms-decider.jar evaluate %s` | %.0f ms | %.1f |%n", name, plain, plain / floor);
        System.out.printf("| `target/isms-decider evaluate %s` | %.0f ms | %.1f |%n", name, launched, launched / floor);
    }

    /** One run of the command, wall clock; the launcher finds the JDK of this run through JAVA_HOME. */
    private static double wallMillis(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        long start = System.nanoTime();
        Process process = builder.start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " exited " + process.exitValue());
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static String findJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.map(Path::toString).filter(f -> f.endsWith(".jar") && !f.endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("build the jar first: ./mvnw package"));
        }
    }
}
