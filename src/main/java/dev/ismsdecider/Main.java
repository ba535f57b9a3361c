package dev.ismsdecider;

import dev.ismsdecider.cli.Cli;
import dev.ismsdecider.server.ServerApplication;

import java.util.Arrays;

/**
 * Entry point of the runnable jar: {@code serve} starts the HTTP server, everything else is the command
 * line. Spring is only loaded on the {@code serve} path, so the command line starts fast.
 */
public final class Main {

    /** The command that starts the HTTP server instead of the command line. */
    static final String SERVE = "serve";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && SERVE.equals(args[0])) {
            // Spring classes are resolved only here: the JVM loads a class when a call first reaches it.
            ServerApplication.serve(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(Cli.run(args));
    }
}
