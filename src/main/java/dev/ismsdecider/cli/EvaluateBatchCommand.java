package dev.ismsdecider.cli;

import dev.ismsdecider.report.ReportFormat;
import dev.ismsdecider.batch.BatchEvaluator;
import dev.ismsdecider.batch.BatchRun;
import dev.ismsdecider.batch.BatchSummary;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleSetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code evaluate-batch FILE|-}: one NDJSON line out per profile line in, in input order (docs/batch.md).
 * Exit 0 when every line was assessed, 2 when some were not (after all were written).
 */
@Command(name = "evaluate-batch", mixinStandardHelpOptions = true,
        description = "Evaluate many organisation profiles, one JSON document per line (NDJSON), and print one assessment or error per line, in input order.")
final class EvaluateBatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|-", description = "NDJSON: a profile, or {\"site\": ..., \"profile\": {...}}, per line; - for standard input")
    String input;

    @Option(names = "--summary", description = "after the lines, print verdict counts, the most common blockers and open questions (on standard error)")
    boolean summary;

    @Option(names = "--format", defaultValue = "text", description = "format of the summary: text or json (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Option(names = "--threads", paramLabel = "N", description = "evaluations at once (default: one per processor)")
    Integer threads;

    @Option(names = "--progress", negatable = true, description = "a progress line on standard error (default: when standard error is a terminal)")
    Boolean progress;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "load the rule set from this folder instead of the packaged one")
    Path rulesDir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.MARKDOWN) {
            err.println("error: --format is text or json for evaluate-batch");
            return Cli.INVALID_INPUT;
        }
        DecisionEngine engine;
        try {
            engine = DecisionEngine.packagedOr(rulesDir);
        } catch (RuleSetException e) {
            err.println("error: " + e.getMessage());
            return Cli.RULES_BROKEN;
        }
        long size = 0;
        InputStream in;
        try {
            if (input.equals("-")) {
                in = System.in;
            } else {
                Path file = Path.of(input);
                size = Files.size(file);
                in = Files.newInputStream(file);
            }
        } catch (NoSuchFileException e) {
            err.println("error: cannot read " + input + ": no such file");
            return Cli.INVALID_INPUT;
        } catch (IOException e) {
            err.println("error: cannot read " + input + ": " + e.getMessage());
            return Cli.INVALID_INPUT;
        }
        int workers = threads != null && threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        BatchSummary totals = new BatchSummary();
        ProgressLine bar = Boolean.TRUE.equals(progress) || progress == null && ProgressLine.stderrIsTerminal()
                ? new ProgressLine(err, size) : null;
        BatchRun.Stats stats;
        try (InputStream stream = in) {
            long[] written = {0};
            stats = new BatchRun(new BatchEvaluator(engine), workers).run(stream, result -> {
                out.write(result.json());
                out.write('\n');
                if (++written[0] % 64 == 0) {
                    out.flush();
                }
                totals.add(result);
            }, bytes -> {
                if (bar != null) {
                    bar.update(written[0], bytes);
                }
            });
        } catch (IOException e) {
            out.flush();
            err.println("error: " + e.getMessage());
            return Cli.INVALID_INPUT;
        }
        out.flush();
        if (bar != null) {
            bar.done(stats.lines());
        }
        if (summary) {
            err.print(format == ReportFormat.JSON ? totals.json() : totals.text());
            err.flush();
        }
        return stats.failed() == 0 ? 0 : Cli.INVALID_INPUT;
    }
}
