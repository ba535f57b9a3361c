package dev.ismsdecider.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What the commands that read a FILE share (a picocli mixin): reading it, reporting errors on standard error
 * with their exit code, and printing the report.
 */
@Command // picocli accepts a mixin only with an annotation of its own; this one adds no options
final class FileCommandIo {

    /** The file cannot be read at all; its message is what the user sees. */
    static final class UnreadableFile extends Exception {
        UnreadableFile(String message) {
            super(message);
        }
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    byte[] read(Path file) throws UnreadableFile {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableFile("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UnreadableFile("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Writes {@code error: message} to standard error and gives back the exit code. */
    int fail(int exitCode, String message) {
        spec.commandLine().getErr().println("error: " + message);
        return exitCode;
    }

    /**
     * Writes the document to {@code output}, or prints it (UTF-8 text) when no file is named; exit code 0, or 2 when
     * the file cannot be written.
     */
    int deliver(byte[] document, Path output) {
        if (output == null) {
            return print(new String(document, java.nio.charset.StandardCharsets.UTF_8));
        }
        try {
            Files.write(output, document);
            return 0;
        } catch (IOException e) {
            return fail(Cli.INVALID_INPUT, "cannot write " + output + ": " + (e instanceof NoSuchFileException ? "no such folder" : e.getMessage()));
        }
    }

    /** Prints the report to standard output; exit code 0. */
    int print(String report) {
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
