package dev.ismsdecider.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.ismsdecider.batch.BatchEvaluator;
import dev.ismsdecider.batch.BatchRun;
import dev.ismsdecider.engine.DecisionEngine;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * The evaluation core knows nothing of Spring, HTTP or the command line: the CLI and the REST API are
 * thin doors onto it, never the other way round.
 */
class ArchitectureTests {

    private static final String[] CORE = {"dev.ismsdecider.facts..", "dev.ismsdecider.knowledge..", "dev.ismsdecider.engine..",
            "dev.ismsdecider.assessment..", "dev.ismsdecider.clauses..", "dev.ismsdecider.mapping.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ismsdecider");

    @Test
    void coreIsFreeOfSpringAndHttp() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..", "jakarta.ws..",
                        "org.apache.catalina..", "org.apache.tomcat..")
                .check(CLASSES);
    }

    @Test
    void coreDoesNotReachIntoTheDoors() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("dev.ismsdecider.cli..", "dev.ismsdecider.api..", "dev.ismsdecider.config..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineDoesNotGoThroughTheServer() {
        // Main sends only "serve" to Spring; the command line itself must start without it.
        noClasses().that().resideInAPackage("dev.ismsdecider.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.springdoc..", "jakarta.servlet..",
                        "org.apache.catalina..", "dev.ismsdecider.api..", "dev.ismsdecider.config..")
                .check(CLASSES);
    }

    @Test
    void theMemoAndTheWorkbookAreRenderersOfTheCoreWithoutSpringOrServlets() {
        // the command line renders them without an application context; the API only hands them bytes
        noClasses().that().resideInAnyPackage("dev.ismsdecider.memo..", "dev.ismsdecider.soa..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.thymeleaf.spring6..", "jakarta.servlet..",
                        "org.apache.catalina..", "org.apache.tomcat..", "dev.ismsdecider.cli..", "dev.ismsdecider.api..",
                        "dev.ismsdecider.config..")
                .check(CLASSES);
    }

    @Test
    void whatIfAndBatchesAreCoreWithoutSpringHttpOrTheDoors() {
        // The counterfactual search and the NDJSON pipeline are reached by the command line and the REST API alike.
        noClasses().that().resideInAnyPackage("dev.ismsdecider.whatif..", "dev.ismsdecider.batch..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..", "org.apache.catalina..",
                        "org.apache.tomcat..", "dev.ismsdecider.cli..", "dev.ismsdecider.api..", "dev.ismsdecider.config..")
                .check(CLASSES);
    }

    @Test
    void recordsKnowNothingOfHttpOrTheDoors() {
        // decision records may use Spring's JDBC support and Flyway, so that the command line can open them too
        noClasses().that().resideInAPackage("dev.ismsdecider.records..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.security..",
                        "org.springframework.boot..", "jakarta.servlet..", "dev.ismsdecider.api..", "dev.ismsdecider.cli..",
                        "dev.ismsdecider.config..", "dev.ismsdecider.security..")
                .check(CLASSES);
    }

    @Test
    void securityDoesNotReachIntoTheControllersOrTheCommandLine() {
        noClasses().that().resideInAPackage("dev.ismsdecider.security..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ismsdecider.api..", "dev.ismsdecider.cli..",
                        "dev.ismsdecider.config..", "org.springframework.jdbc..")
                .check(CLASSES);
    }

    @Test
    void onlyTheRecordsPackageTouchesTheDatabase() {
        noClasses().that().resideOutsideOfPackages("dev.ismsdecider.records..", "dev.ismsdecider.config..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "org.flywaydb..", "java.sql..", "javax.sql..")
                .check(CLASSES);
    }

    @Test
    void whatIfGetsEveryVerdictFromTheEngineNotFromTheRuleFacts() {
        // Verdicts come from evaluating the rules: the search reads assessments and never builds the rules' own facts.
        noClasses().that().resideInAPackage("dev.ismsdecider.whatif..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.ismsdecider.knowledge.Decision")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.ismsdecider.knowledge.RuledOut")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.ismsdecider.knowledge.MissingFact")
                .orShould().dependOnClassesThat().resideInAPackage("org.kie..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheWebApp() {
        // the web app is a door like the CLI and the REST API: the server only names its package for scanning. Spring's
        // ahead-of-time code (X__BeanDefinitions, ..., in target/classes once the jar has been built) registers its beans.
        noClasses().that().resideOutsideOfPackage("dev.ismsdecider.web..").and().haveSimpleNameNotContaining("__")
                .should().dependOnClassesThat().resideInAPackage("dev.ismsdecider.web..")
                .check(CLASSES);
    }

    @Test
    void onlyTheEngineTouchesKieSessions() {
        noClasses().that().resideOutsideOfPackage("dev.ismsdecider.engine..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.kie.api.runtime.KieSession")
                .check(CLASSES);
    }

    @Test
    void theServerKeepsNoEngineButTakesTheOneInForcePerRequest() {
        // a rule-set reload (dev.ismsdecider.reload.LiveRuleSet) must reach every door: an engine kept in a field would
        // go on answering with the old rules
        noFields().that().areDeclaredInClassesThat().resideInAnyPackage("dev.ismsdecider.api..", "dev.ismsdecider.web..",
                        "dev.ismsdecider.config..", "dev.ismsdecider.security..")
                .should().haveRawType(DecisionEngine.class).orShould().haveRawType(BatchEvaluator.class).orShould().haveRawType(BatchRun.class)
                .check(CLASSES);
    }
}
