package dev.ismsdecider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link Main} in a JVM of its own, as {@code java -jar} would, or any other command, and keeps what it printed. */
public final class MainProcess {

    /** Exit status and both output streams of one run. */
    public record Result(int exitCode, String out, String err) {
    }

    private MainProcess() {
    }

    public static Result run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command));
    }

    /** Runs a prepared command (its own working folder and environment, if set) and keeps what it printed. */
    public static Result run(ProcessBuilder command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("main-out", ".txt");
        Path err = Files.createTempFile("main-err", ".txt");
        try {
            Process process = command.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("still running after 2 minutes: " + command.command());
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
