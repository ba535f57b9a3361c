package dev.ismsdecider.cli;

import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleSetException;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.profile.InvalidFactsException;
import dev.ismsdecider.profile.OrganizationProfile;

import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * What {@code evaluate}, {@code soa} and {@code what-if} share: read FILE within its size limit, check it is a valid
 * profile, load the rule set, evaluate. Either the profile (and its assessment) with the bytes it came from, or the
 * exit code after the error has been reported.
 */
record ProfileEvaluation(byte[] facts, OrganizationProfile profile, Assessment assessment, int exitCode) {

    boolean failed() {
        return exitCode != 0;
    }

    /** Reads and checks FILE (and that {@code --rules-dir} names a rule-set folder), without evaluating it. */
    static ProfileEvaluation read(FileCommandIo io, Path file, Path rulesDir) {
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
        return new ProfileEvaluation(facts, profile, null, 0);
    }

    /** Reads FILE as {@link #read} does and evaluates it under the packaged or the given rule set. */
    static ProfileEvaluation of(FileCommandIo io, Path file, Path rulesDir) {
        ProfileEvaluation read = read(io, file, rulesDir);
        if (read.failed()) {
            return read;
        }
        DecisionEngine engine;
        try {
            engine = DecisionEngine.packagedOr(rulesDir);
        } catch (RuleSetException e) {
            return failure(io.fail(Cli.RULES_BROKEN, e.getMessage()));
        }
        return new ProfileEvaluation(read.facts(), read.profile(), engine.evaluate(read.profile()), 0);
    }

    private static ProfileEvaluation failure(int exitCode) {
        return new ProfileEvaluation(null, null, null, exitCode);
    }
}
