package dev.ismsdecider;

import dev.ismsdecider.evaluation.RuleSetInfo.RuleInfo;
import dev.ismsdecider.evaluation.Criterion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The documentation keeps up with the rule set: every rule and criterion is described. */
class DocsTests {

    @Test
    void criteriaPageNamesEveryRuleAndCriterion() throws IOException {
        String page = Files.readString(Path.of("docs/criteria.md"));

        assertThat(TestEngine.engine().ruleSet().rules()).extracting(RuleInfo::name)
                .allSatisfy(rule -> assertThat(page).contains("`" + rule + "`"));
        for (Criterion criterion : Criterion.values()) {
            assertThat(page).contains(criterion.id());
        }
    }
}
