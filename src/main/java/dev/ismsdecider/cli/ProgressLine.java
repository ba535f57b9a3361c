package dev.ismsdecider.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** A progress line on standard error, rewritten in place at most five times a second: count, rate and, for a file, ETA. */
final class ProgressLine {

    private final PrintWriter err;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long lastDrawn;

    ProgressLine(PrintWriter err, long totalBytes) {
        this.err = err;
        this.totalBytes = totalBytes;
    }

    /**
     * Whether standard error is a terminal. Java tells that only for standard input and output together
     * ({@code System.console()}), and batch output is usually redirected, so on Linux the descriptor is asked.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    void update(long lines, long bytesRead) {
        long now = System.nanoTime();
        if (now - lastDrawn < 200_000_000L) {
            return;
        }
        lastDrawn = now;
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double rate = lines / seconds;
        String eta = "";
        if (totalBytes > 0 && bytesRead > 0 && bytesRead < totalBytes) {
            long remaining = (long) ((totalBytes - bytesRead) * seconds / bytesRead);
            eta = String.format(", ETA %d:%02d", remaining / 60, remaining % 60);
        }
        err.print(String.format("\r%,d lines, %,.0f/s%s   ", lines, rate, eta));
        err.flush();
    }

    void done(long lines) {
        double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        err.println(String.format("\r%,d lines in %.1f s, %,.0f/s          ", lines, seconds, lines / seconds));
        err.flush();
    }
}
