package dev.ismsdecider.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.Examples;
import dev.ismsdecider.MainProcess;
import dev.ismsdecider.profile.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher the build puts beside the jar, {@code target/isms-decider} (run by Maven's failsafe plugin after the
 * package phase): started from another working folder, it runs the jar with the class-data archive of the command
 * it runs, and gives the answers, errors and exit codes of {@code java -jar}.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("target", "isms-decider").toAbsolutePath();
    private static final String FROM_ARCHIVE = "source: shared objects file";

    @TempDir
    Path elsewhere;

    @Test
    void examplesGetTheirExpectedAssessmentFromAnotherFolder() throws Exception {
        for (Path example : Examples.onePerVerdict()) {
            MainProcess.Result result = launch(List.of(), "evaluate", example.toAbsolutePath().toString(), "--format", "json");
            ObjectNode actual = (ObjectNode) StrictJson.mapper().readTree(result.out());
            actual.remove("ruleSet");
            JsonNode expected = StrictJson.mapper().readTree(Examples.expectedOf(example).toFile());

            assertThat(result.exitCode()).as(example + ": " + result.err()).isZero();
            assertThat(actual).as(example.toString()).isEqualTo(expected);
        }
    }

    @Test
    void aOneShotCommandLoadsTheEngineFromTheCommandLineArchive() throws Exception {
        Path classes = elsewhere.resolve("classes.log");
        MainProcess.Result result = launch(List.of("-Xlog:class+load=info:file=" + classes), "evaluate",
                Examples.FOLDER.resolve("saas-company-no-ot.json").toAbsolutePath().toString());

        assertThat(Path.of("target", "isms-decider-cli.jsa")).as("built by the cds-archive-cli step of the package phase").exists();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("VERDICT: KEEP ISO 27001");
        assertThat(Files.readAllLines(classes, StandardCharsets.UTF_8))
                .anyMatch(line -> line.contains("dev.ismsdecider.evaluation.DecisionEngine " + FROM_ARCHIVE))
                .anyMatch(line -> line.contains("org.drools.") && line.contains(FROM_ARCHIVE));
    }

    @Test
    void invalidFactsExitWithTwoAndTheirPath() throws Exception {
        Path facts = Files.writeString(elsewhere.resolve("moon.json"), "{\"scope\": {\"domains\": [\"MOON_BASE\"]}}");

        MainProcess.Result result = launch(List.of(), "evaluate", facts.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("/scope/domains/0").doesNotContain("\tat ");
    }

    @Test
    void serveStartsTheServerFromItsArchiveAndStopsOnRulesThatDoNotCompile() throws Exception {
        Path classes = elsewhere.resolve("server-classes.log");
        MainProcess.Result result = launch(List.of("-Xlog:class+load=info:file=" + classes),
                "serve", "--server.port=0", "--rules.dir=" + ServerApplicationTests.NOT_COMPILING.toAbsolutePath());

        assertThat(result.exitCode()).isEqualTo(ServerApplication.START_FAILED);
        assertThat(result.out() + result.err()).containsPattern("broken\\.drl:\\d+: .*NoSuchFactType").doesNotContain("\tat ");
        assertThat(Files.readAllLines(classes, StandardCharsets.UTF_8))
                .anyMatch(line -> line.contains("dev.ismsdecider.server.ServerApplication " + FROM_ARCHIVE));
    }

    /** Runs the launcher in a folder that is not the project's, with the JDK of this test run and extra JVM options. */
    private MainProcess.Result launch(List<String> javaOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", String.join(" ", javaOptions));
        return MainProcess.run(builder);
    }
}
