package org.adainit.simulator.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator is the bottom layer: pure Java, no package cycles, nothing from the jobs above it. */
class SimulatorLayeringTest {

    private static JavaClasses simulator;

    @BeforeAll
    static void importClasses() {
        simulator = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.adainit.simulator");
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.adainit.simulator.(**)").should().beFreeOfCycles().check(simulator);
    }

    @Test
    void neverReachesUpIntoTheJobs() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.adainit.jobs..").check(simulator);
    }

    @Test
    void needsNoSparkHadoopOrScala() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
                .check(simulator);
    }
}
