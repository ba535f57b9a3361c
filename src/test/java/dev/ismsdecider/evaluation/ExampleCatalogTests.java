package dev.ismsdecider.evaluation;

import dev.ismsdecider.Examples;
import dev.ismsdecider.ProfileFixture;
import dev.ismsdecider.TestEngine;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.TraceStep;
import dev.ismsdecider.evaluation.Criterion;
import dev.ismsdecider.evaluation.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples as a set: the verdict each one is meant to show (written by hand in
 * {@code facts-examples/README.md}, independently of the engine) is the verdict it gets, and together they
 * cover every verdict and every criterion of the catalog.
 */
class ExampleCatalogTests {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+\\.json)` \\| `([A-Z_0-9]+)` \\|", Pattern.MULTILINE);

    private static Map<String, Verdict> intended() throws IOException {
        Matcher rows = ROW.matcher(Files.readString(Examples.FOLDER.resolve("README.md")));
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        while (rows.find()) {
            verdicts.put(rows.group(1), Verdict.valueOf(rows.group(2)));
        }
        return verdicts;
    }

    private static Assessment evaluate(String example) {
        return TestEngine.engine().evaluate(ProfileFixture.file(Examples.FOLDER.resolve(example)).profile());
    }

    @Test
    void everyExampleGetsTheVerdictItIsMeantToShow() throws IOException {
        Map<String, Verdict> intended = intended();
        Set<String> files = new HashSet<>();
        Examples.inputs().forEach(p -> files.add(p.getFileName().toString()));

        assertThat(intended.keySet()).as("README rows = example files").isEqualTo(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        intended.forEach((example, verdict) -> assertThat(evaluate(example).verdict()).as(example).isEqualTo(verdict));
    }

    @Test
    void examplesCoverEveryVerdictAndEveryCriterion() throws IOException {
        Set<Verdict> verdicts = new HashSet<>();
        Set<String> criteria = new HashSet<>();
        for (String example : intended().keySet()) {
            Assessment a = evaluate(example);
            verdicts.add(a.verdict());
            a.trace().stream().map(TraceStep::criterion).forEach(criteria::add);
        }
        assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values());
        assertThat(criteria).containsAll(Arrays.stream(Criterion.values()).map(Criterion::id).toList());
    }

    @Test
    void noExampleNeedsAConclusionWithdrawn() throws IOException {
        for (String example : intended().keySet()) {
            assertThat(evaluate(example).trace()).as(example).allSatisfy(step -> assertThat(step.withdrawn()).isNull());
        }
    }
}
