package dev.ismsdecider.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the commands that read a FILE share (a picocli mixin): reading it from a stream within a size
 * limit (the server's default for the same input, or {@code --max-input-size}), {@code -} for standard
 * input, checking {@code --rules-dir}, reporting errors on standard error with their exit code, and
 * printing the report.
 */
@Command // picocli accepts a mixin only with an annotation of its own
final class FileCommandIo {

    /** The file cannot be read at all; its message is what the user sees. */
    static final class UnreadableFile extends Exception {
        UnreadableFile(String message) {
            super(message);
        }
    }

    /** The FILE that means standard input. */
    static final String STDIN = "-";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--max-input-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "largest input read, e.g. 512KB or 20MB (default: the server's limit for the same input)")
    Long maxInputSize;

    /** The bytes of {@code file} (standard input for "-"), refused once they exceed the limit: never read whole first. */
    byte[] read(Path file, long defaultLimit) throws UnreadableFile {
        long limit = maxInputSize == null ? defaultLimit : maxInputSize;
        boolean stdin = STDIN.equals(file.toString());
        try (InputStream in = stdin ? new NotClosing(System.in) : Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new UnreadableFile((stdin ? "standard input" : file.toString()) + " is larger than " + limit
                        + " bytes, the limit for this input (--max-input-size to change it)");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UnreadableFile("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UnreadableFile("cannot read " + file + (Files.isDirectory(file) ? ": it is a folder" : ": it cannot be opened or read"));
        }
    }

    /** How the FILE is named in messages. */
    static String name(Path file) {
        return STDIN.equals(file.toString()) ? "standard input" : file.toString();
    }

    /**
     * Why {@code --rules-dir} names no rule-set folder (exit 2, a usage error: the rule set there is never
     * looked at), or null when it is one or none is given.
     */
    static String rulesDirProblem(Path rulesDir) {
        if (rulesDir == null) {
            return null;
        }
        if (!Files.isDirectory(rulesDir)) {
            return "--rules-dir " + rulesDir + ": no such folder";
        }
        if (!Files.isRegularFile(rulesDir.resolve("ruleset.properties"))) {
            return "--rules-dir " + rulesDir + ": the folder holds no ruleset.properties, so it is no rule set";
        }
        return null;
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

    /** "20MB", "512KB", "1GB" or a number of bytes. */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(B|KB|MB|GB)?");

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is no size; write e.g. 512KB, 20MB or 1048576");
            }
            long unit = switch (m.group(2) == null ? "B" : m.group(2)) {
                case "KB" -> 1024L;
                case "MB" -> 1024L * 1024;
                case "GB" -> 1024L * 1024 * 1024;
                default -> 1L;
            };
            return Long.parseLong(m.group(1)) * unit;
        }
    }

    /** Standard input stays open for whoever comes after. */
    private static final class NotClosing extends java.io.FilterInputStream {
        NotClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // not ours to close
        }
    }
}
