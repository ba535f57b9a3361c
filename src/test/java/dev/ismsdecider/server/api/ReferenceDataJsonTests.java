package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ismsdecider.ProfileFixture;
import dev.ismsdecider.TestEngine;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.profile.StrictJson;
import dev.ismsdecider.mapping.Confidence;
import dev.ismsdecider.mapping.ControlSetEntry;
import dev.ismsdecider.mapping.Relationship;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataJsonTests {

    private static final ObjectMapper PLAIN = StrictJson.mapper();
    private final ObjectMapper withCopies = StrictJson.mapper().copy().registerModule(new ReferenceDataJson());

    private static Assessment pharma() {
        return TestEngine.evaluate(ProfileFixture.file(Path.of("facts-examples/pharma-brownfield.json")));
    }

    @Test
    void anAssessmentIsWrittenByteForByteAsWithoutTheCopy() throws Exception {
        Assessment first = pharma();
        Assessment second = pharma();

        assertThat(first.otControlSet()).hasSizeGreaterThan(10).isSameAs(second.otControlSet());
        assertThat(withCopies.writeValueAsString(first)).isEqualTo(PLAIN.writeValueAsString(first));
        assertThat(withCopies.writeValueAsString(second)).isEqualTo(PLAIN.writeValueAsString(second));
        assertThat(withCopies.writeValueAsBytes(second)).isEqualTo(PLAIN.writeValueAsBytes(second));
    }

    @Test
    void anotherListIsWrittenWithItsOwnContent() throws Exception {
        Assessment shared = pharma();
        List<ControlSetEntry> changed = new ArrayList<>(shared.otControlSet());
        changed.set(0, new ControlSetEntry("A.5.1", List.of("SR 9.9"), Relationship.EQUAL, Confidence.Level.HIGH, List.of()));
        Assessment other = withControlSet(shared, changed);

        withCopies.writeValueAsString(shared);
        String written = withCopies.writeValueAsString(other);

        assertThat(written).isEqualTo(PLAIN.writeValueAsString(other)).contains("SR 9.9");
        assertThat(withCopies.writeValueAsString(shared)).isEqualTo(PLAIN.writeValueAsString(shared)).doesNotContain("SR 9.9");
    }

    @Test
    void indentedOutputIsWrittenAsUsual() throws Exception {
        Assessment assessment = pharma();
        withCopies.writeValueAsString(assessment);

        assertThat(withCopies.writerWithDefaultPrettyPrinter().writeValueAsString(assessment))
                .isEqualTo(PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(assessment));
    }

    private static Assessment withControlSet(Assessment a, List<ControlSetEntry> controlSet) {
        return new Assessment(a.verdict(), a.answer(), a.findings(), a.actions(), a.scopeAllocation(), a.managementSystemGaps(),
                a.ismsClauseGaps(), controlSet, a.annexAStayingWithIsms(), a.openQuestions(), a.clauseFindings(), a.trace(), a.ruleSet());
    }
}
