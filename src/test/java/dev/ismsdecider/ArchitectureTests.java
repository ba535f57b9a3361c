package dev.ismsdecider;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The evaluation core knows nothing of Spring or HTTP; the command line and the REST API are two thin
 * doors onto it, and the command line does not go through the server's door.
 */
class ArchitectureTests {

    private static final String[] CORE = {
            "dev.ismsdecider.facts..", "dev.ismsdecider.knowledge..", "dev.ismsdecider.engine..",
            "dev.ismsdecider.assessment..", "dev.ismsdecider.clauses..", "dev.ismsdecider.mapping.."};
    private static final String[] FRAMEWORK = {
            "org.springframework..", "org.springdoc..", "io.swagger..", "jakarta.servlet..", "org.apache.catalina..",
            "org.apache.tomcat..", "dev.ismsdecider.api..", "dev.ismsdecider.config.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ismsdecider");

    @Test
    void theCoreIsFreeOfSpringAndHttp() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK).check(classes);
    }

    @Test
    void theCommandLineIsFreeOfSpringAndHttp() {
        noClasses().that().resideInAPackage("dev.ismsdecider.cli..").should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK)
                .check(classes);
    }
}
