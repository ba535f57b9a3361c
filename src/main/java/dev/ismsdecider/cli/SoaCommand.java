package dev.ismsdecider.cli;

import dev.ismsdecider.memo.MemoInput;
import dev.ismsdecider.soa.StatementOfApplicability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code soa FILE -o soa.xlsx}: the Statement of Applicability workbook for one organisation profile. */
@Command(name = "soa", mixinStandardHelpOptions = true,
        description = "Write the Statement of Applicability workbook (.xlsx): every ISO/IEC 27001:2022 Annex A control, "
                + "whether it stays with the ISMS or is met through IEC 62443 for OT, the mapping and the assessment's summary.")
final class SoaCommand implements Callable<Integer> {

    @Mixin
    FileCommandIo io;

    @Parameters(paramLabel = "FILE", description = "the organisation profile, JSON (contract v1)")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "the workbook to write, e.g. soa.xlsx")
    Path output;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "load the rule set from this folder instead of the packaged one")
    Path rulesDir;

    @Override
    public Integer call() {
        ProfileEvaluation evaluation = ProfileEvaluation.of(io, file, rulesDir);
        if (evaluation.failed()) {
            return evaluation.exitCode();
        }
        MemoInput input = MemoInput.unstored(evaluation.assessment(), evaluation.facts(), LocalDate.now());
        return io.deliver(StatementOfApplicability.workbook(input), output);
    }
}
