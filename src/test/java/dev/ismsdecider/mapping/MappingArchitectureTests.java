package dev.ismsdecider.mapping;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The mapping core is self-contained: no Spring, no HTTP, no rule engine, no command line; facts are read, never changed. */
class MappingArchitectureTests {

    private static final JavaClasses MAPPING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ismsdecider.mapping");

    @Test
    void theMappingDependsOnlyOnTheJdkJacksonAndTheFactModel() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.fasterxml.jackson..", "dev.ismsdecider.mapping..", "dev.ismsdecider.facts..")
                .check(MAPPING);
    }
}
