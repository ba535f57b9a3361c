package dev.ismsdecider;

import dev.ismsdecider.cli.Cli;

/** Entry point of the runnable jar: the command line, without starting any server. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
