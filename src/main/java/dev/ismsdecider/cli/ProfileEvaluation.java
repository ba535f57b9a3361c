package dev.ismsdecider.cli;

import dev.ismsdecider.assessment.Assessment;
import dev.ismsdecider.engine.DecisionEngine;
import dev.ismsdecider.engine.RuleSetException;
import dev.ismsdecider.facts.FactsReader;
import dev.ismsdecider.facts.InvalidFactsException;
import dev.ismsdecider.facts.OrganizationProfile;

import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * What {@code evaluate} and {@code soa} share: read FILE, load the rule set, evaluate. Either the assessment with the
 * bytes it came from, or the exit code after the error has been reported.
 */
record ProfileEvaluation(byte[] facts, OrganizationProfile profile, Assessment assessment, int exitCode) {

    boolean failed() {
        return assessment == null;
    }

    static ProfileEvaluation of(FileCommandIo io, Path file, Path rulesDir) {
        String badRules = FileCommandIo.rulesDirProblem(rulesDir);
        if (badRules != null) {
            return failure(io.fail(Cli.INVALID_INPUT, badRules));
        }
        byte[] facts;
        OrganizationProfile profile;
        try {
            facts = io.read(file, FactsReader.DEFAULT_MAX_BYTES);
            profile = FactsReader.read(facts);
        } catch (FileCommandIo.UnreadableFile e) {
            return failure(io.fail(Cli.INVALID_INPUT, e.getMessage()));
        } catch (InvalidFactsException e) {
            String errors = e.errors().stream().map(error -> "\n  " + error).collect(Collectors.joining());
            return failure(io.fail(Cli.INVALID_INPUT, FileCommandIo.name(file) + " is not a valid organisation profile:" + errors));
        }
        DecisionEngine engine;
        try {
            engine = DecisionEngine.packagedOr(rulesDir);
        } catch (RuleSetException e) {
            return failure(io.fail(Cli.RULES_BROKEN, e.getMessage()));
        }
        return new ProfileEvaluation(facts, profile, engine.evaluate(profile), 0);
    }

    private static ProfileEvaluation failure(int exitCode) {
        return new ProfileEvaluation(null, null, null, exitCode);
    }
}
