package dev.ismsdecider.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The command line: a thin door onto the evaluation core. Exit 0 on success, 2 when the input or the
 * command is wrong (with the JSON path or line at fault), 1 when the rule set itself cannot load.
 */
@Command(name = "isms-decider", mixinStandardHelpOptions = true, version = "isms-decider 1.0",
        description = "Can we drop ISO/IEC 27001 and rely on IEC 62443? Explainable answers from organisation facts.",
        subcommands = {EvaluateCommand.class, CheckClausesCommand.class, MappingCommand.class, SoaCommand.class,
                WhatIfCommand.class, EvaluateBatchCommand.class, KeysCommand.class, RecordsCommand.class})
public final class Cli {

    /** Exit code for invalid input or usage. */
    public static final int INVALID_INPUT = 2;
    /** Exit code when the rule set does not load. */
    public static final int RULES_BROKEN = 1;

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Cli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + e.getMessage());
            return RULES_BROKEN;
        });
        if (args.length == 0) {
            commandLine.usage(err);
            return INVALID_INPUT;
        }
        return commandLine.execute(args);
    }
}
