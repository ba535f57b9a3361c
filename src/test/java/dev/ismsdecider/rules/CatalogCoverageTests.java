package dev.ismsdecider.rules;

import dev.ismsdecider.TestEngine;
import dev.ismsdecider.evaluation.RuleSetInfo.RuleInfo;
import dev.ismsdecider.evaluation.Criterion;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ties the catalog, the rules and the tests together: every criterion of design/criteria.md has a
 * rule, every rule names a catalog criterion, and every rule has a test named after it in the test
 * class of its file ({@code nr.drl} → {@code NrRulesTests}).
 */
class CatalogCoverageTests {

    private static final List<RuleInfo> RULES = TestEngine.engine().ruleSet().rules();

    @Test
    void everyCriterionHasARule() {
        Set<String> implemented = RULES.stream().map(RuleInfo::criterion).collect(Collectors.toSet());
        assertThat(implemented).containsAll(Arrays.stream(Criterion.values()).map(Criterion::id).toList());
    }

    @Test
    void everyRuleNamesACatalogCriterion() {
        assertThat(RULES).isNotEmpty().allSatisfy(rule ->
                assertThat(Criterion.byId(rule.criterion())).as(rule.name()).isPresent());
    }

    @Test
    void everyRuleHasATestNamedAfterIt() {
        for (RuleInfo rule : RULES) {
            String testClass = getClass().getPackageName() + "." + capitalise(rule.file().replace(".drl", "")) + "RulesTests";
            String testMethod = Character.toLowerCase(rule.name().charAt(0)) + rule.name().substring(1);
            assertThat(testMethods(testClass)).as("test for rule %s (%s)", rule.name(), rule.file()).contains(testMethod);
        }
    }

    @Test
    void everyCriterionHasATest() {
        Set<String> tested = RULES.stream()
                .filter(rule -> testMethods(getClass().getPackageName() + "." + capitalise(rule.file().replace(".drl", "")) + "RulesTests")
                        .contains(Character.toLowerCase(rule.name().charAt(0)) + rule.name().substring(1)))
                .map(RuleInfo::criterion).collect(Collectors.toSet());
        assertThat(tested).containsAll(Arrays.stream(Criterion.values()).map(Criterion::id).toList());
    }

    private static Set<String> testMethods(String className) {
        try {
            return Arrays.stream(Class.forName(className).getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Test.class))
                    .map(Method::getName)
                    .collect(Collectors.toSet());
        } catch (ClassNotFoundException e) {
            return Set.of();
        }
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
