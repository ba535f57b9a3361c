package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.Examples;
import dev.ismsdecider.server.api.ApiClient.Answer;
import dev.ismsdecider.report.AssessmentReport;
import dev.ismsdecider.profile.FactsReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/evaluations} over real HTTP gives what the core gives in-process for the same bytes. */
class EvaluationApiTests extends ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> examples() {
        return Examples.onePerVerdict();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachExampleGetsTheAssessmentOfTheCommandLinePath(Path example) throws IOException {
        byte[] bytes = Examples.bytes(example);

        Answer answer = client.postJson(EvaluationController.PATH, bytes);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        // The command line's path: the same reader, the same engine call, the same JSON writer.
        JsonNode inProcess = JSON.readTree(AssessmentReport.json(engine.evaluate(FactsReader.read(bytes))));
        assertThat(answer.json()).isEqualTo(inProcess);
        assertThat(engine.openSessions()).isZero();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void evaluatingTwiceGivesTheSameAnswer(Path example) {
        byte[] bytes = Examples.bytes(example);

        Answer first = client.postJson(EvaluationController.PATH, bytes);
        Answer second = client.postJson(EvaluationController.PATH, bytes);

        assertThat(second.json()).isEqualTo(first.json());
    }
}
