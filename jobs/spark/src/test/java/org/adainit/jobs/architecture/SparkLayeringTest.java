package org.adainit.jobs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Spark module (result folder, pipeline, tables, SQL, report) builds on the core and knows no command line. */
class SparkLayeringTest {

    private static JavaClasses spark;

    @BeforeAll
    static void importClasses() {
        spark = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.adainit.jobs");
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.adainit.jobs.(**)").should().beFreeOfCycles().check(spark);
    }

    @Test
    void hasNoCommandLine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.adainit.jobs.cli..")
                .check(spark);
    }

    @Test
    void leavesTheLlmTransportToTheCore() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.openai..").check(spark);
    }
}
