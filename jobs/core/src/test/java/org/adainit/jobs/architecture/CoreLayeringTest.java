package org.adainit.jobs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core holds what a cell computes (datasets, grids, prompts, the search, generators, outcomes): no package cycles,
 * no Spark, no command line, and the OpenAI SDK behind the LLM transport only.
 */
class CoreLayeringTest {

    private static JavaClasses core;

    @BeforeAll
    static void importClasses() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.adainit.jobs");
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.adainit.jobs.(**)").should().beFreeOfCycles().check(core);
    }

    @Test
    void isFreeOfSparkAndHadoop() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
                .check(core);
    }

    @Test
    void hasNoCommandLine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.adainit.jobs.cli..")
                .check(core);
    }

    @Test
    void talksToTheOpenAiSdkOnlyInTheLlmTransport() {
        noClasses().that().resideOutsideOfPackage("org.adainit.jobs.generator.llm")
                .should().dependOnClassesThat().resideInAPackage("com.openai..")
                .check(core);
    }
}
