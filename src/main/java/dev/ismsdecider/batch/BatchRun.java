package dev.ismsdecider.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Evaluates an NDJSON stream of profiles on several threads and writes the answers in input order, with
 * bounded memory: a reader thread takes one line at a time and hands it to the worker pool, and the futures
 * wait in a bounded queue (the ordered window, four per thread) that the caller's thread drains in order,
 * writing each answer as soon as it and every one before it is ready. When the window is full the reader
 * waits, so at most a window of lines and answers is held whatever the input's size.
 */
public final class BatchRun {

    /** The longest line read; a longer one gets an error line and the run goes on. */
    public static final int MAX_LINE_BYTES = 1024 * 1024;

    /** Counts of one run: lines answered, of which assessed, and not assessed. */
    public record Stats(long lines, long assessed, long failed) {
    }

    /** Where output lines go, in input order, each without its newline. */
    @FunctionalInterface
    public interface Sink {
        void write(LineResult result) throws IOException;
    }

    private static final Future<LineResult> END = CompletableFuture.completedFuture(null);

    private final BatchEvaluator evaluator;
    private final int threads;

    public BatchRun(BatchEvaluator evaluator, int threads) {
        this.evaluator = evaluator;
        this.threads = Math.max(1, threads);
    }

    /**
     * Reads every line of {@code in}, and writes one result per non-blank line to {@code sink}, in input order.
     * {@code progress} is told the bytes read so far after each result. An input that fails while being read
     * gets one last error line; a sink that fails stops the run with its exception.
     */
    public Stats run(InputStream in, Sink sink, Consumer<Long> progress) throws IOException {
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "batch-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<LineResult>> window = new ArrayBlockingQueue<>(threads * 4);
        NdjsonLines lines = new NdjsonLines(in, MAX_LINE_BYTES);
        Thread reader = new Thread(() -> read(lines, pool, window), "batch-reader");
        reader.setDaemon(true);
        reader.start();
        long assessed = 0;
        long failed = 0;
        try {
            while (true) {
                Future<LineResult> next = window.take();
                if (next == END) {
                    break;
                }
                LineResult result = next.get();
                sink.write(result);
                if (result.assessed()) {
                    assessed++;
                } else {
                    failed++;
                }
                progress.accept(lines.bytesRead());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a line could not be evaluated", e.getCause());
        } finally {
            reader.interrupt();
            pool.shutdownNow();
        }
        return new Stats(assessed + failed, assessed, failed);
    }

    private void read(NdjsonLines lines, ExecutorService pool, BlockingQueue<Future<LineResult>> window) {
        long last = 0;
        try {
            try {
                for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
                    last = line.number();
                    if (line.blank()) {
                        continue;
                    }
                    if (line.tooLong()) {
                        window.put(CompletableFuture.completedFuture(evaluator.tooLong(line.number(), MAX_LINE_BYTES)));
                        continue;
                    }
                    NdjsonLines.Line taken = line;
                    window.put(pool.submit(() -> evaluator.evaluate(taken.number(), taken.bytes())));
                }
            } catch (IOException | RuntimeException e) {
                // The stream broke (or a size limit stopped it): say so on a line of its own, and stop reading.
                window.put(CompletableFuture.completedFuture(evaluator.unreadable(last + 1, message(e))));
            }
            window.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? "the stream broke off" : e.getMessage();
    }
}
