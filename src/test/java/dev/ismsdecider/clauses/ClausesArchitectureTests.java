package dev.ismsdecider.clauses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The clause capability is part of the core: no Spring, no HTTP, no command line, no rule engine. */
class ClausesArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ismsdecider.clauses");

    @Test
    void clausesKnowNothingOfSpringHttpOrTheDoors() {
        noClasses().that().resideInAPackage("dev.ismsdecider.clauses..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..", "picocli..",
                        "dev.ismsdecider.cli..", "dev.ismsdecider.api..", "dev.ismsdecider.engine..", "org.kie..", "org.drools..")
                .check(CLASSES);
    }
}
