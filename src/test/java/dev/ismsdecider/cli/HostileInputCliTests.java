package dev.ismsdecider.cli;

import dev.ismsdecider.clauses.documents.HostileFiles;
import dev.ismsdecider.cli.CheckClausesCommandTests.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line given what a hostile or careless user gives it: one line on standard error, exit 2, no stack trace. */
class HostileInputCliTests {

    private static final String PHARMA = "facts-examples/pharma-brownfield.json";

    @TempDir
    Path folder;

    private static Run run(String... args) {
        return CheckClausesCommandTests.run(args);
    }

    private static Run runWithStdin(byte[] stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            return run(args);
        } finally {
            System.setIn(before);
        }
    }

    private static void assertOneLineRefusal(Run run, String expected) {
        assertThat(run.exit()).as(run.err()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(run.err()).startsWith("error: ").contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anEndlessFileStopsAtTheLimit() {
        assertOneLineRefusal(run("evaluate", "/dev/zero"), "/dev/zero is larger than 1048576 bytes");
        assertOneLineRefusal(run("check-clauses", "/dev/zero"), "/dev/zero is larger than 20971520 bytes");
    }

    @Test
    void theLimitIsConfigurable() {
        assertOneLineRefusal(run("evaluate", PHARMA, "--max-input-size", "1KB"), "is larger than 1024 bytes");
        assertThat(run("evaluate", PHARMA, "--max-input-size", "2MB").exit()).isZero();
        assertThat(run("evaluate", PHARMA, "--max-input-size", "lots").exit()).isEqualTo(Cli.INVALID_INPUT);
    }

    @Test
    void aDashReadsStandardInput() throws IOException {
        Run run = runWithStdin(Files.readAllBytes(Path.of(PHARMA)), "evaluate", "-");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("VERDICT: KEEP ISO 27001, WITH IEC 62443 FOR OT INSIDE IT");
        Run nan = runWithStdin("{\"ot\": NaN}".getBytes(), "evaluate", "-");
        assertThat(nan.exit()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(nan.err()).contains("standard input is not a valid organisation profile", "line 1, column 11: NaN is not a JSON value")
                .doesNotContain("enable", "Feature");
        Run clauses = runWithStdin("1.1 Supplier shall hold ISO 27001.".getBytes(), "check-clauses", "-");
        assertThat(clauses.exit()).as(clauses.err()).isZero();
    }

    @Test
    void anXxeDocxIsOneLine() throws IOException {
        String document = HostileFiles.body("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>").replace("?>", "?>" + HostileFiles.XXE_DTD);
        Path docx = Files.write(folder.resolve("xxe.docx"), HostileFiles.docx(Map.of("word/document.xml", document)));
        assertOneLineRefusal(run("check-clauses", docx.toString()), "declares a DTD");
    }

    @Test
    void aBombDocxIsRefusedQuickly() throws IOException {
        Path docx = Files.write(folder.resolve("bomb.docx"), HostileFiles.docxBomb(62L << 20, HostileFiles.Ratio.REPEATED_CLAUSES));
        assertOneLineRefusal(run("check-clauses", docx.toString()), "more than 10000 clauses");
    }

    @Test
    void aRulesDirThatIsNoRuleSetIsAUsageError() throws IOException {
        assertOneLineRefusal(run("evaluate", PHARMA, "--rules-dir", folder.resolve("nowhere").toString()), "no such folder");
        assertOneLineRefusal(run("check-clauses", PHARMA, "--rules-dir", folder.toString()), "holds no ruleset.properties");
    }
}
