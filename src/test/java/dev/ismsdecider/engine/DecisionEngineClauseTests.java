package dev.ismsdecider.engine;

import dev.ismsdecider.assessment.Assessment;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.facts.ExpectationKind;
import dev.ismsdecider.facts.OrganizationProfile;
import dev.ismsdecider.knowledge.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.ismsdecider.engine.ClauseProfiles.ACCEPTS_IEC_62443;
import static dev.ismsdecider.engine.ClauseProfiles.CERTIFICATE;
import static dev.ismsdecider.engine.ClauseProfiles.ENGINE;
import static dev.ismsdecider.engine.ClauseProfiles.IEC_62443_ONLY;
import static dev.ismsdecider.engine.ClauseProfiles.OR_EQUIVALENT;
import static dev.ismsdecider.engine.ClauseProfiles.clause;
import static dev.ismsdecider.engine.ClauseProfiles.otOnlyPlantWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contract clauses inside an organisation profile, end to end through the engine. */
class DecisionEngineClauseTests {

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
        Path rules = copyOfPackagedRules(folder);
        String before = RuleSetSource.fromDirectory(rules).sha256();
        Path vocabulary = rules.resolve("clauses/vocabulary.json");
        Files.writeString(vocabulary, Files.readString(vocabulary).replace("\"version\": \"1.0.0\"", "\"version\": \"1.0.1\""));

        assertThat(RuleSetSource.packaged().sha256()).isEqualTo(before);
        assertThat(RuleSetSource.fromDirectory(rules).sha256()).isNotEqualTo(before);
        assertThat(RuleSetSource.packaged().clauseVocabulary().name()).isEqualTo("clauses/vocabulary.json");
    }

    @Test
    void aBrokenVocabularyStopsTheLoadNamingFileAndEntry(@TempDir Path folder) throws IOException {
        Path rules = copyOfPackagedRules(folder);
        Path vocabulary = rules.resolve("clauses/vocabulary.json");
        Files.writeString(vocabulary, Files.readString(vocabulary).replace("\"pattern\": \"\\\\bTISAX\\\\b\"", "\"pattern\": \"\\\\bTISAX(\""));

        assertThatThrownBy(() -> DecisionEngine.fromDirectory(rules))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("clauses/vocabulary.json: mentions.otherAssurance[1] 'tisax': pattern does not compile");
    }

    @Test
    void withoutAVocabularyEveryClauseStaysAnOpenQuestion(@TempDir Path folder) throws IOException {
        Path rules = copyOfPackagedRules(folder);
        Path index = rules.resolve(RuleSetSource.INDEX);
        Files.writeString(index, Files.readString(index).replaceAll("(?m)^clauseVocabulary=.*$", ""));

        Assessment a = DecisionEngine.fromDirectory(rules).evaluate(otOnlyPlantWith(clause("1", CERTIFICATE)));
        assertThat(a.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(a.clauseFindings()).isEmpty();
        assertThat(a.openQuestions()).singleElement()
                .satisfies(q -> assertThat(q.question()).contains("(the rule set has no clause vocabulary)"));
    }

    /** The packaged rule set, copied into a folder where a test may change it. */
    static Path copyOfPackagedRules(Path folder) throws IOException {
        RuleSetSource packaged = RuleSetSource.packaged();
        Files.writeString(folder.resolve(RuleSetSource.INDEX), "version=" + packaged.version() + "\nfiles="
                + String.join(",", packaged.files().stream().map(RuleFile::name).toList())
                + "\nclauseVocabulary=" + packaged.clauseVocabulary().name() + "\n");
        for (RuleFile file : packaged.files()) {
            Files.writeString(folder.resolve(file.name()), file.content());
        }
        Path vocabulary = folder.resolve(packaged.clauseVocabulary().name());
        Files.createDirectories(vocabulary.getParent());
        Files.writeString(vocabulary, packaged.clauseVocabulary().content());
        return folder;
    }
}
