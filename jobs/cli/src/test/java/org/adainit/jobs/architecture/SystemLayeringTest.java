package org.adainit.jobs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole application as the launcher runs it (simulator, core, Spark module, command line): no package cycle
 * anywhere, picocli only in the command line, and the simulator below everything.
 */
class SystemLayeringTest {

    private static JavaClasses application;

    @BeforeAll
    static void importClasses() {
        application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(SystemLayeringTest::isNotATestJar)
                .importPackages("org.adainit");
    }

    /** The other modules' test helpers arrive as {@code *-tests.jar}, which the predefined option does not know. */
    private static boolean isNotATestJar(Location location) {
        return !location.contains("-tests.jar");
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.adainit.(**)").should().beFreeOfCycles().check(application);
    }

    @Test
    void picocliStaysInTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.adainit.jobs.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(application);
    }

    @Test
    void theSimulatorNeverImportsTheJobs() {
        noClasses().that().resideInAPackage("org.adainit.simulator..")
                .should().dependOnClassesThat().resideInAPackage("org.adainit.jobs..")
                .check(application);
    }

    @Test
    void nothingDependsOnTheResidentDriverAndItsClientNeedsOnlyTheJdk() {
        noClasses().that().resideOutsideOfPackage("org.adainit.jobs.daemon..")
                .should().dependOnClassesThat().resideInAPackage("org.adainit.jobs.daemon..")
                .check(application);
        // The client's JVM starts with the jar alone on its classpath, in about a tenth of a second.
        classes().that().haveNameMatching(
                        "org\\.adainit\\.jobs\\.daemon\\.(DaemonClient|DaemonProtocol|LaunchFingerprint|ChannelStreams)(\\$.*)?")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.adainit.jobs.daemon")
                .check(application);
    }
}
