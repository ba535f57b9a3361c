package dev.ismsdecider.cli;

import dev.ismsdecider.assessment.Assessment;
import dev.ismsdecider.assessment.AssessmentReport;
import dev.ismsdecider.assessment.ReportFormat;
import dev.ismsdecider.engine.DecisionEngine;
import dev.ismsdecider.engine.RuleSetException;
import dev.ismsdecider.facts.FactsReader;
import dev.ismsdecider.facts.InvalidFactsException;
import dev.ismsdecider.facts.OrganizationProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code evaluate FILE}: the assessment of one organisation profile. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate an organisation profile (JSON) and print the verdict, findings, open questions and trace.")
final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    FileCommandIo io;

    @Parameters(paramLabel = "FILE", description = "the organisation profile, JSON (contract v1); - for standard input")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "load the rule set from this folder instead of the packaged one")
    Path rulesDir;

    @Override
    public Integer call() {
        String badRules = FileCommandIo.rulesDirProblem(rulesDir);
        if (badRules != null) {
            return io.fail(Cli.INVALID_INPUT, badRules);
        }
        OrganizationProfile profile;
        try {
            profile = FactsReader.read(io.read(file, FactsReader.DEFAULT_MAX_BYTES));
        } catch (FileCommandIo.UnreadableFile e) {
            return io.fail(Cli.INVALID_INPUT, e.getMessage());
        } catch (InvalidFactsException e) {
            String errors = e.errors().stream().map(error -> "\n  " + error).collect(Collectors.joining());
            return io.fail(Cli.INVALID_INPUT, FileCommandIo.name(file) + " is not a valid organisation profile:" + errors);
        }
        DecisionEngine engine;
        try {
            engine = DecisionEngine.packagedOr(rulesDir);
        } catch (RuleSetException e) {
            return io.fail(Cli.RULES_BROKEN, e.getMessage());
        }
        Assessment assessment = engine.evaluate(profile);
        String name = profile.organization() == null ? null : profile.organization().name();
        return io.print(AssessmentReport.render(assessment, name, format));
    }
}
