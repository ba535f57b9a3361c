package dev.ismsdecider.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
    void whatIfAndBatchesAreCoreWithoutSpringHttpOrTheDoors() {
        // The counterfactual search and the NDJSON pipeline are reached by the command line and the REST API alike.
        noClasses().that().resideInAnyPackage("dev.ismsdecider.whatif..", "dev.ismsdecider.batch..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..", "org.apache.catalina..",
                        "org.apache.tomcat..", "dev.ismsdecider.cli..", "dev.ismsdecider.api..", "dev.ismsdecider.config..")
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
    void onlyTheEngineTouchesKieSessions() {
        noClasses().that().resideOutsideOfPackage("dev.ismsdecider.engine..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.kie.api.runtime.KieSession")
                .check(CLASSES);
    }
}
