package dev.ismsdecider.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.ismsdecider.batch.BatchEvaluator;
import dev.ismsdecider.batch.BatchRun;
import dev.ismsdecider.evaluation.DecisionEngine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * The module rules of the project, one field each: the evaluation core knows nothing of Spring, HTTP or the
 * command line; the CLI, the REST API and the web app are thin doors onto it, never the other way round; the
 * clause reader, the mapping and the gap analysis are self-contained; only {@code evaluation.kie} touches the rule
 * engine and only the records package (and the server's configuration of it) the database.
 */
@AnalyzeClasses(packages = "dev.ismsdecider", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] CORE = {"dev.ismsdecider.profile..", "dev.ismsdecider.evaluation..", "dev.ismsdecider.report..",
            "dev.ismsdecider.clauses..", "dev.ismsdecider.mapping..", "dev.ismsdecider.gaps.."};
    private static final String[] DOORS = {"dev.ismsdecider.cli..", "dev.ismsdecider.server.."};

    @ArchTest
    static final ArchRule coreIsFreeOfSpringAndHttp = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..", "jakarta.ws..",
                    "org.apache.catalina..", "org.apache.tomcat..");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoTheDoors = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(DOORS);

    /** The clause reader reports what clauses say; the rule engine that reads its facts is the engine's business. */
    @ArchTest
    static final ArchRule clausesKnowNothingOfTheRuleEngineOrTheDoors = noClasses().that().resideInAPackage("dev.ismsdecider.clauses..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..", "picocli..",
                    "dev.ismsdecider.cli..", "dev.ismsdecider.server..", "dev.ismsdecider.evaluation.kie..", "org.kie..", "org.drools..");

    /** The mapping is self-contained: the JDK, Jackson and the fact model. */
    @ArchTest
    static final ArchRule theMappingDependsOnlyOnTheJdkJacksonAndTheFactModel = classes().that().resideInAPackage("dev.ismsdecider.mapping..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.fasterxml.jackson..", "dev.ismsdecider.mapping..", "dev.ismsdecider.profile..");

    /** The gap analysis (PA-3) is self-contained too: the JDK, Jackson and the fact model. */
    @ArchTest
    static final ArchRule theGapAnalysisDependsOnlyOnTheJdkJacksonAndTheFactModel = classes().that().resideInAPackage("dev.ismsdecider.gaps..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.fasterxml.jackson..", "dev.ismsdecider.gaps..", "dev.ismsdecider.profile..");

    /** Main sends only "serve" to Spring; the command line itself must start without it. */
    @ArchTest
    static final ArchRule theCommandLineDoesNotGoThroughTheServer = noClasses().that().resideInAPackage("dev.ismsdecider.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.springdoc..", "jakarta.servlet..",
                    "org.apache.catalina..", "dev.ismsdecider.server..");

    /** The command line renders the memo and the workbook without an application context; the API only hands them bytes. */
    @ArchTest
    static final ArchRule theMemoAndTheWorkbookAreRenderersOfTheCoreWithoutSpringOrServlets = noClasses()
            .that().resideInAnyPackage("dev.ismsdecider.memo..", "dev.ismsdecider.soa..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.thymeleaf.spring6..", "jakarta.servlet..",
                    "org.apache.catalina..", "org.apache.tomcat..", "dev.ismsdecider.cli..", "dev.ismsdecider.server..");

    /** The counterfactual search and the NDJSON pipeline are reached by the command line and the REST API alike. */
    @ArchTest
    static final ArchRule whatIfAndBatchesAreCoreWithoutSpringHttpOrTheDoors = noClasses()
            .that().resideInAnyPackage("dev.ismsdecider.whatif..", "dev.ismsdecider.batch..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..", "org.apache.catalina..",
                    "org.apache.tomcat..", "dev.ismsdecider.cli..", "dev.ismsdecider.server..");

    /** Decision records may use Spring's JDBC support and Flyway, so that the command line can open them too. */
    @ArchTest
    static final ArchRule recordsKnowNothingOfHttpOrTheDoors = noClasses().that().resideInAPackage("dev.ismsdecider.records..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.security..",
                    "org.springframework.boot..", "jakarta.servlet..", "dev.ismsdecider.cli..", "dev.ismsdecider.server..");

    @ArchTest
    static final ArchRule securityDoesNotReachIntoTheControllersOrTheCommandLine = noClasses().that().resideInAPackage("dev.ismsdecider.server.security..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ismsdecider.server.api..", "dev.ismsdecider.server.web..",
                    "dev.ismsdecider.cli..", "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule onlyTheRecordsPackageTouchesTheDatabase = noClasses()
            .that().resideOutsideOfPackages("dev.ismsdecider.records..", "dev.ismsdecider.server")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "org.flywaydb..", "java.sql..", "javax.sql..");

    /** Verdicts come from evaluating the rules: the search reads assessments and never builds the rules' own facts. */
    @ArchTest
    static final ArchRule whatIfGetsEveryVerdictFromTheEngineNotFromTheRuleFacts = noClasses().that().resideInAPackage("dev.ismsdecider.whatif..")
            .should().dependOnClassesThat().haveFullyQualifiedName("dev.ismsdecider.evaluation.facts.Decision")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.ismsdecider.evaluation.facts.RuledOut")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.ismsdecider.evaluation.facts.MissingFact")
            .orShould().dependOnClassesThat().resideInAPackage("org.kie..");

    /**
     * The web app is a door like the CLI and the REST API: the server only names its package for scanning. Spring's
     * ahead-of-time code (X__BeanDefinitions, ..., in target/classes once the jar has been built) registers its beans.
     */
    @ArchTest
    static final ArchRule nothingDependsOnTheWebApp = noClasses().that().resideOutsideOfPackage("dev.ismsdecider.server.web..")
            .and().haveSimpleNameNotContaining("__")
            .should().dependOnClassesThat().resideInAPackage("dev.ismsdecider.server.web..");

    /** The rules' facts are the rules' own: no JSON mapping on them, and the answer users get is built from other records. */
    @ArchTest
    static final ArchRule ruleFactsCarryNoJsonMapping = noClasses().that().resideInAPackage("dev.ismsdecider.evaluation.facts..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    /** The wire contract (the assessment and its records in {@code evaluation}) is assembled from the rule facts, never made of them. */
    @ArchTest
    static final ArchRule theWireContractIsNotMadeOfRuleFacts = noClasses().that().resideInAPackage("dev.ismsdecider.evaluation")
            .should().dependOnClassesThat().resideInAPackage("dev.ismsdecider.evaluation.facts..");

    /** The rule engine is one sub-package of the evaluation: everything else sees the engine's API and its answers. */
    @ArchTest
    static final ArchRule onlyTheEvaluationsKiePackageTouchesTheRuleEngine = noClasses().that()
            .resideOutsideOfPackage("dev.ismsdecider.evaluation.kie..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..");

    /**
     * A rule-set reload must reach every door: an engine kept in a field would go on answering with the old rules. Only
     * the engine in force ({@code server.reload.LiveRuleSet}) holds one.
     */
    @ArchTest
    static final ArchRule theServerKeepsNoEngineButTakesTheOneInForcePerRequest = noFields().that().areDeclaredInClassesThat()
            .resideInAnyPackage("dev.ismsdecider.server..")
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("dev.ismsdecider.server.reload..")
            .should().haveRawType(DecisionEngine.class).orShould().haveRawType(BatchEvaluator.class).orShould().haveRawType(BatchRun.class);
}
