package dev.ismsdecider.evaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.Examples;
import dev.ismsdecider.ProfileFixture;
import dev.ismsdecider.TestEngine;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.report.AssessmentReport;
import dev.ismsdecider.profile.StrictJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden tests: each example organisation in {@code facts-examples/} is evaluated and its whole
 * assessment compared with {@code NAME.expected.json} beside it. The rule-set identity is left out of
 * the stored files (it changes with every edit of a rule and is tested on its own); everything else,
 * down to the trace, must match.
 * <p>
 * After a deliberate change of the rules, regenerate with
 * {@code ./mvnw test -Dtest=GoldenExamplesTests -Dgolden.update=true} and review the diff.
 */
class GoldenExamplesTests {

    static List<Path> examples() {
        return Examples.inputs();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void assessmentMatchesExpected(Path example) throws IOException {
        Assessment assessment = TestEngine.engine().evaluate(ProfileFixture.file(example).profile());
        ObjectNode actual = StrictJson.mapper().valueToTree(assessment);
        actual.remove("ruleSet");
        String actualText = AssessmentReport.json(actual);
        Path expectedFile = Examples.expectedOf(example);

        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, actualText, StandardCharsets.UTF_8);
        }
        assertThat(expectedFile).as("expected assessment beside " + example).exists();
        assertThat(actualText).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }
}
