package dev.ismsdecider.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.report.ReportFormat;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleSetException;
import dev.ismsdecider.evaluation.RuleSetSource;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.whatif.WhatIf;
import dev.ismsdecider.report.WhatIfRendering;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code what-if FILE}: the smallest sets of fact changes that give another verdict, and what each open question's answers give. */
@Command(name = "what-if", mixinStandardHelpOptions = true,
        description = "Show which changes of an organisation profile (JSON) would give another verdict, and the verdict each answer to an open question gives.")
final class WhatIfCommand implements Callable<Integer> {

    @Mixin
    FileCommandIo io;

    @Parameters(paramLabel = "FILE", description = "the organisation profile, JSON (contract v1)")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "load the rule set from this folder instead of the packaged one")
    Path rulesDir;

    @Override
    public Integer call() {
        ProfileEvaluation read = ProfileEvaluation.read(io, file, rulesDir);
        if (read.failed()) {
            return read.exitCode();
        }
        JsonNode tree = FactsReader.parse(read.facts());
        WhatIf whatIf;
        try {
            whatIf = new WhatIf(DecisionEngine.packagedOr(rulesDir), RuleSetSource.packagedOr(rulesDir), true);
        } catch (RuleSetException e) {
            return io.fail(Cli.RULES_BROKEN, e.getMessage());
        }
        return io.print(WhatIfRendering.render(whatIf.analyse(tree), format));
    }
}
