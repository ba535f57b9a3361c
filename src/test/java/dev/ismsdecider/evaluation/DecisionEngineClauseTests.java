package dev.ismsdecider.evaluation;

import dev.ismsdecider.TestEngine;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.profile.ExpectationKind;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.PartyKind;
import dev.ismsdecider.evaluation.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.ismsdecider.ProfileFixture.OT_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contract clauses inside an organisation profile, end to end through the engine. */
class DecisionEngineClauseTests {

    private static final DecisionEngine ENGINE = TestEngine.engine();
    private static final String CERTIFICATE = "Supplier shall maintain a valid ISO/IEC 27001 certificate covering all sites.";
    private static final String OR_EQUIVALENT = "Supplier shall hold ISO 27001 certification or equivalent.";
    private static final String ACCEPTS_IEC_62443 = "Supplier shall be certified to either ISO/IEC 27001 or IEC 62443-2-1.";
    private static final String IEC_62443_ONLY = "The integrator shall meet IEC 62443-2-4 at ML2.";

    private static ContractClause clause(String id, String text) {
        return new ContractClause(id, "Big Pharma Inc.", PartyKind.CUSTOMER, text);
    }

    /** The OT-only fixture, where every NR criterion is ruled out, with these contract clauses: they alone decide NR-1. */
    private static OrganizationProfile otOnlyPlantWith(ContractClause... clauses) {
        return OT_ONLY.with("/contractClauses", Arrays.asList(clauses)).profile();
    }

    @Test
    void clauseFindingsAreReportedInClauseThenTextOrder() {
        Assessment a = ENGINE.evaluate(otOnlyPlantWith(
                clause("B", "Supplier shall provide a SOC 2 Type II report and be ISO/IEC 27001 certified."),
                clause("A", IEC_62443_ONLY)));

        assertThat(a.clauseFindings()).extracting(ClauseFinding::clauseId, ClauseFinding::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("B", ExpectationKind.OTHER_ASSURANCE),
                org.assertj.core.groups.Tuple.tuple("B", ExpectationKind.ISO_27001_CERTIFICATION),
                org.assertj.core.groups.Tuple.tuple("A", ExpectationKind.IEC_62443));
        assertThat(a.clauseFindings().get(1).triggers()).containsExactly("NR-1");
    }

    @Test
    void everyClassificationShowsInTheTraceAndNothingIsWithdrawn() {
        Assessment a = ENGINE.evaluate(otOnlyPlantWith(clause("1", CERTIFICATE), clause("2", OR_EQUIVALENT),
                clause("3", ACCEPTS_IEC_62443), clause("4", IEC_62443_ONLY), clause("5", "")));

        for (int i = 0; i < 5; i++) {
            String path = "/contractClauses/" + i + "/text";
            assertThat(a.trace()).as(path).anySatisfy(s -> {
                assertThat(s.rule()).startsWith("ContractClause");
                assertThat(s.facts()).contains(path);
            });
        }
        assertThat(a.trace()).allSatisfy(s -> assertThat(s.withdrawn()).isNull());
    }

    @Test
    void aProfileWithoutClausesIsUnchangedByTheClauseRules() {
        Assessment a = ENGINE.evaluate(otOnlyPlantWith());
        assertThat(a.verdict()).isEqualTo(Verdict.RELY_PRIMARILY_ON_IEC_62443);
        assertThat(a.clauseFindings()).isEmpty();
        assertThat(a.trace()).noneMatch(s -> s.rule().startsWith("ContractClause"));
    }

    @Test
    void theSameProfileGivesTheSameAssessmentAcrossThreads() throws Exception {
        OrganizationProfile profile = otOnlyPlantWith(clause("1", CERTIFICATE), clause("2", ACCEPTS_IEC_62443));
        Assessment first = ENGINE.evaluate(profile);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Assessment>> runs = pool.invokeAll(java.util.Collections.nCopies(16, () -> ENGINE.evaluate(profile)));
            for (Future<Assessment> run : runs) {
                assertThat(run.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(ENGINE.openSessions()).isZero();
    }

    @Test
    void theRuleSetDigestCoversTheVocabulary(@TempDir Path folder) throws IOException {
        Path rules = RuleSetTests.copyOfRules(folder);
        String before = RuleSetSource.fromDirectory(rules).sha256();
        Path vocabulary = rules.resolve("clauses/vocabulary.json");
        Files.writeString(vocabulary, Files.readString(vocabulary).replace("\"version\": \"2.3.0\"", "\"version\": \"2.3.1\""));

        assertThat(RuleSetSource.packaged().sha256()).isEqualTo(before);
        assertThat(RuleSetSource.fromDirectory(rules).sha256()).isNotEqualTo(before);
        assertThat(RuleSetSource.packaged().clauseVocabulary().name()).isEqualTo("clauses/vocabulary.json");
    }

    @Test
    void aBrokenVocabularyStopsTheLoadNamingFileAndEntry(@TempDir Path folder) throws IOException {
        Path rules = RuleSetTests.copyOfRules(folder);
        Path vocabulary = rules.resolve("clauses/vocabulary.json");
        Files.writeString(vocabulary, Files.readString(vocabulary).replace("\"pattern\": \"\\\\bHITRUST\\\\b\"", "\"pattern\": \"\\\\bHITRUST(\""));

        assertThatThrownBy(() -> DecisionEngine.fromDirectory(rules))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("clauses/vocabulary.json: mentions.otherAssurance[9] 'hitrust': pattern does not compile");
    }

    @Test
    void withoutAVocabularyEveryClauseStaysAnOpenQuestion(@TempDir Path folder) throws IOException {
        Path rules = RuleSetTests.copyOfRules(folder);
        Path index = rules.resolve(RuleSetSource.INDEX);
        Files.writeString(index, Files.readString(index).replaceAll("(?m)^clauseVocabulary=.*$", ""));

        Assessment a = DecisionEngine.fromDirectory(rules).evaluate(otOnlyPlantWith(clause("1", CERTIFICATE)));
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(a.clauseFindings()).isEmpty();
        assertThat(a.openQuestions()).singleElement()
                .satisfies(q -> assertThat(q.question()).contains("(the rule set has no clause vocabulary)"));
    }
}
