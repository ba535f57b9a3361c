package dev.ismsdecider.evaluation.kie;

import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.evaluation.RuleFile;
import dev.ismsdecider.evaluation.RuleSetSource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.Examples;
import dev.ismsdecider.ProfileFixture;
import dev.ismsdecider.TestEngine;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.profile.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged rule set is loaded as compiled at build time (the executable model of
 * {@link RuleSetPrecompiler}) rather than compiled from its DRL at run time. Both must be the same rule
 * set: the build-time form stands in only for the rule set whose SHA-256 it was compiled from, and it
 * answers every example exactly as the DRL compiled at run time (classic mode) does.
 */
class PrecompiledRuleSetTests {

    /** The two ways to the packaged rules, each built once for the class: the DRL compilation takes seconds. */
    private static final class Engines {
        static final DecisionEngine PRECOMPILED = DecisionEngine.packaged();
        static final DecisionEngine COMPILED_FROM_DRL = DecisionEngine.load(RuleSetSource.packaged());
    }

    static List<Path> examples() {
        return Examples.inputs();
    }

    @Test
    void thePackagedRuleSetIsLoadedAsCompiledAtBuildTime() {
        assertThat(Engines.PRECOMPILED.precompiled()).isTrue();
        assertThat(TestEngine.engine().precompiled()).as("the engine of the rule tests and golden tests").isTrue();
        assertThat(Engines.COMPILED_FROM_DRL.precompiled()).isFalse();
    }

    @Test
    void theIndexNamesThePackagedRuleSet() {
        Properties index = packagedIndex();

        assertThat(PrecompiledRuleSet.staleness(index, RuleSetSource.packaged())).isEmpty();
        assertThat(index.getProperty("sha256")).isEqualTo(RuleSetSource.fromDirectory(Path.of("rules")).sha256());
        assertThat(index.getProperty("version")).isEqualTo(RuleSetSource.packaged().version());
    }

    @Test
    void bothListTheSameRulesWithTheirCriteriaAndFiles() {
        assertThat(Engines.PRECOMPILED.ruleSet()).isEqualTo(Engines.COMPILED_FROM_DRL.ruleSet());
        assertThat(Engines.PRECOMPILED.ruleSet().rules()).hasSizeGreaterThan(50);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void bothGiveTheSameAssessment(Path example) {
        OrganizationProfile profile = ProfileFixture.file(example).profile();

        JsonNode precompiled = StrictJson.mapper().valueToTree(Engines.PRECOMPILED.evaluate(profile));
        JsonNode compiledFromDrl = StrictJson.mapper().valueToTree(Engines.COMPILED_FROM_DRL.evaluate(profile));

        assertThat(precompiled.path("trace")).as("a non-empty trace").isNotEmpty();
        assertThat(precompiled).isEqualTo(compiledFromDrl);
    }

    @Test
    void anEditedRuleSetIsCompiledFromItsDrl() {
        RuleSetSource packaged = RuleSetSource.packaged();
        List<RuleFile> edited = packaged.files().stream()
                .map(f -> f.name().equals("co.drl") ? new RuleFile(f.name(), f.content() + "\n") : f).toList();
        RuleSetSource editedSource = new RuleSetSource(packaged.origin(), packaged.version(), edited, packaged.clauseVocabulary());

        assertThat(PrecompiledRuleSet.kieBaseFor(editedSource)).isEmpty();
        assertThat(PrecompiledRuleSet.staleness(packagedIndex(), editedSource)).hasValueSatisfying(reason ->
                assertThat(reason).contains(packaged.sha256()).contains(editedSource.sha256()));
    }

    @Test
    void rulesCompiledByAnotherDroolsAreNotUsed() {
        Properties index = packagedIndex();
        index.setProperty("drools", "9.44.0.Final");

        assertThat(PrecompiledRuleSet.staleness(index, RuleSetSource.packaged())).hasValueSatisfying(reason ->
                assertThat(reason).contains("9.44.0.Final"));
    }

    private static Properties packagedIndex() {
        Properties index = new Properties();
        try (InputStream in = PrecompiledRuleSetTests.class.getClassLoader().getResourceAsStream(PrecompiledRuleSet.INDEX)) {
            assertThat(in).as(PrecompiledRuleSet.INDEX + " on the class path: run the build (process-classes)").isNotNull();
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }
}
