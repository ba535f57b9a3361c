package dev.ismsdecider.cli;

import dev.ismsdecider.assessment.Assessment;
import dev.ismsdecider.assessment.AssessmentReport;
import dev.ismsdecider.assessment.ReportFormat;
import dev.ismsdecider.engine.DecisionEngine;
import dev.ismsdecider.engine.RuleSetException;
import dev.ismsdecider.facts.FactError;
import dev.ismsdecider.facts.FactsReader;
import dev.ismsdecider.facts.InvalidFactsException;
import dev.ismsdecider.facts.OrganizationProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code evaluate FILE}: the assessment of one organisation profile. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate an organisation profile (JSON) and print the verdict, findings, open questions and trace.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the organisation profile, JSON (contract v1)")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE})")
    ReportFormat format;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "load the rule set from this folder instead of the packaged one")
    Path rulesDir;

    @Override
    public Integer call() {
        OrganizationProfile profile;
        try {
            profile = FactsReader.read(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return fail("cannot read " + file + ": no such file");
        } catch (IOException e) {
            return fail("cannot read " + file + ": " + e.getMessage());
        } catch (InvalidFactsException e) {
            spec.commandLine().getErr().println("error: " + file + " is not a valid organisation profile:");
            for (FactError error : e.errors()) {
                spec.commandLine().getErr().println("  " + error);
            }
            return Cli.INVALID_INPUT;
        }
        DecisionEngine engine;
        try {
            engine = rulesDir == null ? DecisionEngine.packaged() : DecisionEngine.fromDirectory(rulesDir);
        } catch (RuleSetException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return Cli.RULES_BROKEN;
        }
        Assessment assessment = engine.evaluate(profile);
        String name = profile.organization() == null ? null : profile.organization().name();
        spec.commandLine().getOut().print(AssessmentReport.render(assessment, name, format));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("error: " + message);
        return Cli.INVALID_INPUT;
    }
}
