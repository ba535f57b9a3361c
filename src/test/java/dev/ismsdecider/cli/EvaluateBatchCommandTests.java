package dev.ismsdecider.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.Examples;
import dev.ismsdecider.MainProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code evaluate-batch}: output line i is what {@code evaluate --format json} gives for input line i, assessment
 * and error alike, for every example and broken lines mixed; in input order whatever the number of threads.
 */
class EvaluateBatchCommandTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    /** Input lines (null for the blank one), and for each the profile text {@code evaluate} is given, if any. */
    private static final List<String> LINES = new ArrayList<>();
    private static final List<String> PROFILES = new ArrayList<>();

    private record Run(int exit, String out, String err) {
        List<JsonNode> lines() {
            return Arrays.stream(out.split("\n")).filter(l -> !l.isEmpty()).map(l -> {
                try {
                    return JSON.readTree(l);
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + l, e);
                }
            }).toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void line(String line, String profile) {
        LINES.add(line);
        PROFILES.add(profile);
    }

    @BeforeAll
    static void mixedInput() throws IOException {
        for (Path example : Examples.inputs()) {
            String compact = JSON.readTree(Examples.bytes(example)).toString();
            line(compact, compact);
        }
        String first = JSON.readTree(Examples.bytes(Examples.inputs().get(0))).toString();
        line("{\"site\": \"Plant 7\", \"profile\": " + first + "}", first);
        line("{\"organization\": {\"name\": \"cut off\"", "{\"organization\": {\"name\": \"cut off\"");
        line("", null);
        line("{\"organization\": {\"name\": \"typo\"}, \"scoep\": {}}", "{\"organization\": {\"name\": \"typo\"}, \"scoep\": {}}");
        String contradiction = "{\"ot\": {\"present\": false}, \"scope\": {\"domains\": [\"PLANT_OT\"]}}";
        line(contradiction, contradiction);
        line("[1, 2]", "[1, 2]");
        line("{\"site\": \"Plant 9\", \"profile\": {\"ot\": {\"present\": \"yes\"}}}", "{\"ot\": {\"present\": \"yes\"}}");
        line("{\"site\": \"Plant 10\", \"profile\": {}, \"owner\": \"x\"}", null);
        line("{\"organization\": {\"name\": \"" + "x".repeat(1024 * 1024) + "\"}}", null);
        Files.writeString(dir.resolve("mixed.ndjson"), String.join("\n", LINES) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void eachLineGetsWhatEvaluateGivesForIt() throws IOException {
        Run batch = run("evaluate-batch", dir.resolve("mixed.ndjson").toString(), "--threads", "3");

        assertThat(batch.exit()).as(batch.err()).isEqualTo(2);
        List<JsonNode> out = batch.lines();
        List<Integer> answered = new ArrayList<>();
        for (int i = 0; i < LINES.size(); i++) {
            if (!LINES.get(i).isEmpty()) {
                answered.add(i);
            }
        }
        assertThat(out).hasSize(answered.size());
        for (int k = 0; k < out.size(); k++) {
            int i = answered.get(k);
            JsonNode line = out.get(k);
            assertThat(line.get("line").asInt()).isEqualTo(i + 1);
            String profile = PROFILES.get(i);
            if (profile == null) {
                assertThat(line.has("error")).as(LINES.get(i)).isTrue();
                assertThat(line.path("error").path("message").asText()).isNotBlank();
                continue;
            }
            Path file = dir.resolve("line" + (i + 1) + ".json");
            Files.writeString(file, profile, StandardCharsets.UTF_8);
            Run single = run("evaluate", file.toString(), "--format", "json");
            if (single.exit() == 0) {
                assertThat(line.get("assessment")).as("line %d", i + 1).isEqualTo(JSON.readTree(single.out()));
                assertThat(line.has("error")).isFalse();
            } else {
                assertThat(single.exit()).isEqualTo(2);
                List<String> expected = Arrays.stream(single.err().split("\n")).skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
                List<String> errors = new ArrayList<>();
                line.path("error").path("errors").forEach(e -> errors.add(
                        (e.get("path").asText().isEmpty() ? "(document)" : e.get("path").asText()) + ": " + e.get("message").asText()));
                assertThat(errors).as("line %d", i + 1).isEqualTo(expected);
                assertThat(line.has("assessment")).isFalse();
            }
        }
        assertThat(out.get(Examples.inputs().size()).get("site").asText()).isEqualTo("Plant 7");
        assertThat(out.get(0).get("site").asText())
                .isEqualTo(JSON.readTree(Examples.bytes(Examples.inputs().get(0))).at("/organization/name").asText());
    }

    @Test
    void orderIsKeptWhateverTheNumberOfThreads() throws IOException {
        StringBuilder input = new StringBuilder();
        List<String> profiles = new ArrayList<>();
        for (Path example : Examples.inputs()) {
            profiles.add(JSON.readTree(Examples.bytes(example)).toString());
        }
        profiles.add("{\"broken\": ");
        for (int i = 0; i < 240; i++) {
            input.append(profiles.get(i % profiles.size())).append('\n');
        }
        Path file = dir.resolve("many.ndjson");
        Files.writeString(file, input, StandardCharsets.UTF_8);
        int cores = Runtime.getRuntime().availableProcessors();

        Run one = run("evaluate-batch", file.toString(), "--threads", "1");
        Run all = run("evaluate-batch", file.toString());
        Run more = run("evaluate-batch", file.toString(), "--threads", String.valueOf(4 * cores + 1));

        assertThat(one.lines()).hasSize(240);
        assertThat(one.lines()).extracting(l -> l.get("line").asInt()).isSorted().doesNotHaveDuplicates();
        assertThat(all.out()).isEqualTo(one.out());
        assertThat(more.out()).isEqualTo(one.out());
    }

    @Test
    void everyLineAssessedExitsZeroAndTheSummaryCountsVerdicts() throws IOException {
        StringBuilder input = new StringBuilder();
        for (Path example : Examples.inputs()) {
            input.append(JSON.readTree(Examples.bytes(example)).toString()).append('\n');
        }
        Path file = dir.resolve("good.ndjson");
        Files.writeString(file, input, StandardCharsets.UTF_8);

        Run text = run("evaluate-batch", file.toString(), "--summary");
        Run json = run("evaluate-batch", file.toString(), "--summary", "--format", "json");

        assertThat(text.exit()).isZero();
        assertThat(text.err()).contains("Verdicts:").contains("Most common blockers:").contains("Most frequent open questions:");
        JsonNode totals = JSON.readTree(json.err());
        assertThat(totals.get("assessed").asLong()).isEqualTo(Examples.inputs().size());
        long counted = 0;
        for (JsonNode n : totals.get("verdicts")) {
            counted += n.asLong();
        }
        assertThat(counted).isEqualTo(Examples.inputs().size());
        for (JsonNode line : text.lines()) {
            String verdict = line.at("/assessment/verdict").asText();
            assertThat(totals.at("/verdicts/" + verdict).asLong()).isPositive();
        }
    }

    @Test
    void standardInputIsReadForADashAndTheProgressLineIsOnlyOnRequestOffATerminal() throws Exception {
        Path file = dir.resolve("two.ndjson");
        String example = JSON.readTree(Examples.bytes(Examples.inputs().get(0))).toString();
        Files.writeString(file, example + "\n" + example + "\n", StandardCharsets.UTF_8);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), dev.ismsdecider.Main.class.getName(), "evaluate-batch", "-");

        MainProcess.Result piped = MainProcess.run(new ProcessBuilder(command).redirectInput(file.toFile()));
        Run forced = run("evaluate-batch", file.toString(), "--progress");

        assertThat(piped.exitCode()).as(piped.err()).isZero();
        assertThat(piped.out().split("\n")).hasSize(2);
        assertThat(JSON.readTree(piped.out().split("\n")[1]).get("line").asInt()).isEqualTo(2);
        assertThat(piped.err()).as("standard error is no terminal here").isEmpty();
        assertThat(forced.err()).contains("2 lines in");
    }

    @Test
    void aMissingFileIsAnErrorInTheUsersTerms() {
        Run run = run("evaluate-batch", dir.resolve("nothing.ndjson").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such file").doesNotContain("Exception");
    }
}
