package dev.ismsdecider.cli;

import dev.ismsdecider.report.AssessmentReport;
import dev.ismsdecider.report.ReportFormat;
import dev.ismsdecider.memo.Memo;
import dev.ismsdecider.memo.MemoInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code evaluate FILE}: the assessment of one organisation profile, as a report, JSON or the decision memo. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate an organisation profile (JSON) and print the verdict, findings, open questions and trace, "
                + "or write the decision memo (HTML or PDF).")
final class EvaluateCommand implements Callable<Integer> {

    /** What {@code --format} accepts: the reports of {@link ReportFormat} and the memo's two documents. */
    enum Format {
        TEXT, JSON, MARKDOWN, HTML, PDF
    }

    @Mixin
    FileCommandIo io;

    @Parameters(paramLabel = "FILE", description = "the organisation profile, JSON (contract v1); - for standard input")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text, json, markdown, html or pdf (default: ${DEFAULT-VALUE}); pdf needs -o")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write to this file instead of standard output")
    Path output;

    @Option(names = "--full", description = "text: add the OT control set and the rule trace (json, markdown and the memo always have them)")
    boolean full;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "load the rule set from this folder instead of the packaged one")
    Path rulesDir;

    @Override
    public Integer call() {
        if (format == Format.PDF && output == null) {
            return io.fail(Cli.INVALID_INPUT, "--format pdf writes a binary document: name its file with -o FILE");
        }
        ProfileEvaluation evaluation = ProfileEvaluation.of(io, file, rulesDir);
        if (evaluation.failed()) {
            return evaluation.exitCode();
        }
        MemoInput memo = MemoInput.unstored(evaluation.assessment(), evaluation.facts(), LocalDate.now());
        byte[] document = switch (format) {
            case PDF -> Memo.instance().pdf(memo);
            case HTML -> Memo.instance().html(memo).getBytes(StandardCharsets.UTF_8);
            case TEXT, JSON, MARKDOWN -> AssessmentReport.render(evaluation.assessment(), organisation(evaluation),
                    ReportFormat.valueOf(format.name()), full).getBytes(StandardCharsets.UTF_8);
        };
        return io.deliver(document, output);
    }

    private static String organisation(ProfileEvaluation evaluation) {
        return evaluation.profile().organization() == null ? null : evaluation.profile().organization().name();
    }
}
