package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code submit/adainit}, copied into a project tree of its own with stand-ins for {@code mvn} (records that it ran
 * and, like Maven with nothing to do, leaves the jar alone) and {@code java} (records its arguments, writes the
 * class-data archive it is asked to record and, unless {@code NO_SPARK} is set, says that it started Spark).
 */
class LauncherScriptTest {

    private static final Path ROOT = Path.of(System.getProperty("adainit.root")).toAbsolutePath().normalize();
    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path project;

    private Path jar;

    @BeforeEach
    void aBuiltProject() throws Exception {
        Files.createDirectories(project.resolve("submit"));
        Files.copy(ROOT.resolve("submit/adainit"), project.resolve("submit/adainit"));
        Path target = Files.createDirectories(project.resolve("jobs/cli/target"));
        for (String file : List.of("launcher.classpath", "launcher-runtime.classpath")) {
            Files.writeString(target.resolve(file), "/lib/" + file);
        }
        Files.writeString(target.resolve("jvm.options"), "--add-modules=jdk.incubator.vector --add-opens=a=b\n");
        for (String source : List.of("pom.xml", "conf/grid.yaml", "simulator/src/main/java/Kernel.java",
                "jobs/spark/src/test/java/SomeTest.java")) {
            Path file = project.resolve(source);
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
            Files.setLastModifiedTime(file, FileTime.from(BUILT.minusSeconds(60)));
        }
        jar = Files.writeString(target.resolve("adainit-jobs.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(BUILT));
        Path bin = Files.createDirectories(project.resolve("bin"));
        executable(bin.resolve("mvn"), "#!/bin/sh\necho build >> \"$CALLS\"\n");
        executable(bin.resolve("java"), """
                #!/bin/sh
                case " $* " in
                  *" org.adainit.jobs.daemon.DaemonClient "*)
                    echo client >> "$CALLS"
                    for a in "$@"; do case "$a" in *.sock) printf '%s\\n' "$a" >> "$CALLS" ;; esac; done
                    exit "${CLIENT_STATUS:-0}" ;;
                esac
                for a in "$@"; do
                  printf '%s\\n' "$a" >> "$CALLS"
                  case "$a" in
                    -XX:ArchiveClassesAtExit=*) echo archive > "${a#-XX:ArchiveClassesAtExit=}" ;;
                    -Dadainit.cds.sparkStarted=*) [ -n "$NO_SPARK" ] || : > "${a#-Dadainit.cds.sparkStarted=}" ;;
                  esac
                done
                echo end >> "$CALLS"
                """);
    }

    private static void executable(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Launches the copied script; returns what the stand-ins recorded (mvn's "build", java's arguments). */
    private List<String> launch(String... args) throws Exception {
        Launched launched = launched(Map.of(), args);
        assertEquals(0, launched.status(), launched.output());
        return Files.readAllLines(project.resolve("calls.txt"));
    }

    /** A launch's exit status and console (standard output and error together). */
    private record Launched(int status, String output) {}

    private Launched launched(Map<String, String> environment, String... args) throws Exception {
        Path calls = project.resolve("calls.txt");
        Files.deleteIfExists(calls);
        Files.createFile(calls);
        ProcessBuilder builder = new ProcessBuilder("bash", project.resolve("submit/adainit").toString());
        builder.command().addAll(List.of(args));
        builder.environment().put("PATH", project.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("CALLS", calls.toString());
        builder.environment().remove("ADAINIT_CDS");
        builder.environment().remove("ADAINIT_JAVA_OPTS");
        // The resident driver's launches are the subject of the last tests; the others look at a fresh JVM's.
        builder.environment().put("ADAINIT_DAEMON", "off");
        builder.environment().put("TMPDIR", project.toString());
        builder.environment().remove("XDG_RUNTIME_DIR");
        builder.environment().putAll(environment);
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Launched(process.exitValue(), output);
    }

    private void edit(String source) throws Exception {
        Files.setLastModifiedTime(project.resolve(source), FileTime.from(BUILT.plusSeconds(60)));
    }

    @Test
    void theBuildReachesTheConsoleWithoutMavensAnsiCodesAndAFailedBuildStopsTheLaunch() throws Exception {
        // Like Maven 3.8 in batch mode: colour resets around its output, and the build's own exit status.
        executable(project.resolve("bin/mvn"), """
                #!/bin/sh
                printf '\\033[0m[ERROR] BUILD FAILURE\\033[m\\n' >&2
                exit "${MVN_STATUS:-0}"
                """);
        edit("simulator/src/main/java/Kernel.java");

        Launched failed = launched(Map.of("MVN_STATUS", "1"), "--help");
        assertEquals(1, failed.status(), failed.output());
        assertTrue(failed.output().contains("[ERROR] BUILD FAILURE\n"), failed.output());
        assertTrue(failed.output().contains("adainit: build failed"), failed.output());
        assertFalse(failed.output().contains("\u001b"), failed.output());
        assertEquals(List.of(), Files.readAllLines(project.resolve("calls.txt")), "java ran after a failed build");

        Launched built = launched(Map.of(), "--help");
        assertEquals(0, built.status(), built.output());
        assertFalse(built.output().contains("\u001b"), built.output());
        assertTrue(Files.readAllLines(project.resolve("calls.txt")).contains("--help"), "java ran after the build");
    }

    @Test
    void aChangedTestDoesNotRebuildTheJar() throws Exception {
        edit("jobs/spark/src/test/java/SomeTest.java");

        assertFalse(launch("--help").contains("build"));
    }

    @Test
    void aChangedSourceRebuildsOnceEvenWhenMavenLeavesTheJarAlone() throws Exception {
        edit("simulator/src/main/java/Kernel.java");

        assertEquals("build", launch("--help").get(0));
        assertFalse(launch("--help").contains("build"), "the same change built again");
        // The build touched the jar: a later change is one made after now.
        Files.setLastModifiedTime(project.resolve("conf/grid.yaml"), FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals("build", launch("--help").get(0), "conf/ counts as a source");
    }

    @Test
    void runRecordsItsClassDataArchiveOnceThenMapsIt() throws Exception {
        Path archive = project.resolve("jobs/cli/target/cds/run.jsa");

        List<String> first = launch("run", "grid.yaml");
        assertTrue(first.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=")), first.toString());
        assertTrue(Files.exists(archive), "kept after a successful first run");
        List<String> second = launch("run", "grid.yaml");
        assertTrue(second.contains("-XX:SharedArchiveFile=" + archive), second.toString());
        assertFalse(second.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=")), second.toString());
    }

    @Test
    void aLaunchThatStartedNoSparkLeavesNoArchiveSoTheNextLaunchRecordsOne() throws Exception {
        Path cds = project.resolve("jobs/cli/target/cds");

        Launched nothingToDo = launched(Map.of("NO_SPARK", "1"), "run", "grid.yaml");
        assertEquals(0, nothingToDo.status(), nothingToDo.output());
        assertTrue(Files.readAllLines(project.resolve("calls.txt")).stream()
                .anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=")), "recorded");
        try (var left = Files.list(cds)) {
            assertEquals(List.of(), left.toList(), "neither the archive nor the marker is kept");
        }
        List<String> next = launch("run", "grid.yaml");
        assertTrue(next.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=")), next.toString());
        try (var left = Files.list(cds)) {
            assertEquals(List.of(cds.resolve("run.jsa")), left.toList(), "kept once Spark started; no marker left");
        }
    }

    @Test
    void aHelpLaunchRecordsNoArchiveSoTheNextLaunchDoes() throws Exception {
        Path archive = project.resolve("jobs/cli/target/cds/aggregate.jsa");

        for (String help : List.of("--help", "-h", "--version", "-V")) {
            List<String> launched = launch("aggregate", help);
            assertFalse(launched.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=")), help + ": "
                    + launched);
            assertFalse(Files.exists(archive), help + " left an archive");
        }
        List<String> query = launch("aggregate", "--out", "x");
        assertTrue(query.stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=")), query.toString());
        assertTrue(Files.exists(archive), "recorded by the first launch that does the work");
    }

    @Test
    void everyCommandStopsItsJvmWhenOutOfMemory() throws Exception {
        for (String command : List.of("run", "aggregate", "sql", "report", "plan", "--help")) {
            List<String> launched = launch(command, "x");
            assertTrue(launched.contains("-XX:+ExitOnOutOfMemoryError"), command + ": " + launched);
        }
    }

    @Test
    void queryCommandsRunTheClientCompilerWithoutTheVectorModule() throws Exception {
        List<String> sql = launch("sql", "--out", "x", "SELECT 1");
        assertTrue(sql.contains("-XX:TieredStopAtLevel=1"), sql.toString());
        assertFalse(sql.contains("--add-modules=jdk.incubator.vector"), sql.toString());

        List<String> run = launch("run", "grid.yaml");
        assertTrue(run.contains("--add-modules=jdk.incubator.vector"), run.toString());
        assertFalse(run.contains("-XX:TieredStopAtLevel=1"), "the simulator's kernels need C2");
    }

    @Test
    void theCommandsThatRunCellsNameTheCompilerDirectivesAndTheQueryCommandsDoNot() throws Exception {
        String directives = "-Dadainit.jit.directives=" + project.resolve("conf/jit-directives.json");
        for (String command : List.of("run", "diagnose", "plan")) {
            List<String> launched = launch(command, "grid.yaml");
            assertTrue(launched.contains(directives), command + ": " + launched);
        }
        for (String command : List.of("sql", "report", "aggregate", "bench")) {
            List<String> launched = launch(command, "--out", "x");
            assertFalse(launched.stream().anyMatch(a -> a.startsWith("-Dadainit.jit.directives=")),
                    command + ": " + launched);
        }
    }

    @Test
    void theQueryAndRunCommandsGoToTheResidentDriverAndItsExitCodeIsTheLaunchs() throws Exception {
        for (String command : List.of("run", "aggregate", "sql", "report")) {
            Launched served = launched(Map.of("ADAINIT_DAEMON", "on", "CLIENT_STATUS", "2"), command, "--out", "x");
            assertEquals(2, served.status(), command + ": " + served.output());
            List<String> calls = Files.readAllLines(project.resolve("calls.txt"));
            assertEquals(List.of("client", socketOf(calls)), calls, command);
        }
    }

    @Test
    void aLaunchTheDriverDoesNotServeRunsInAFreshJvm() throws Exception {
        Launched busy = launched(Map.of("ADAINIT_DAEMON", "on", "CLIENT_STATUS", "253"), "sql", "--out", "x", "SELECT 1");
        assertEquals(0, busy.status(), busy.output());
        List<String> calls = Files.readAllLines(project.resolve("calls.txt"));
        assertEquals("client", calls.get(0));
        assertEquals("org.adainit.jobs.cli.AdaInitCli", calls.get(calls.indexOf("sql") - 1), calls.toString());
    }

    @Test
    void helpOtherCommandsAndADaemonTurnedOffNeverReachTheDriver() throws Exception {
        List<List<String>> launches = List.of(List.of("sql", "--help"), List.of("--help"), List.of("plan", "grid.yaml"),
                List.of("bench"), List.of("qnn"));
        for (List<String> arguments : launches) {
            Launched launched = launched(Map.of("ADAINIT_DAEMON", "on"), arguments.toArray(String[]::new));
            assertEquals(0, launched.status(), launched.output());
            assertFalse(Files.readAllLines(project.resolve("calls.txt")).contains("client"), arguments.toString());
        }
        launch("sql", "--out", "x", "SELECT 1");
        assertFalse(Files.readAllLines(project.resolve("calls.txt")).contains("client"), "ADAINIT_DAEMON=off");
    }

    @Test
    void aTemporaryFolderTooLongForASocketRunsAFreshJvmWithoutTryingTheDriver() throws Exception {
        Path deep = Files.createDirectories(project.resolve("t".repeat(60)).resolve("u".repeat(60)));

        Launched launched = launched(Map.of("ADAINIT_DAEMON", "on", "TMPDIR", deep.toString()), "sql", "--out", "x",
                "SELECT 1");
        assertEquals(0, launched.status(), launched.output());
        List<String> calls = Files.readAllLines(project.resolve("calls.txt"));
        assertFalse(calls.contains("client"), calls.toString());
        assertTrue(calls.contains("org.adainit.jobs.cli.AdaInitCli"), calls.toString());
    }

    @Test
    void aMisspeltDriverSettingStopsTheLaunchNamingIt() throws Exception {
        Launched typo = launched(Map.of("ADAINIT_DAEMON", "no"), "sql", "--out", "x", "SELECT 1");
        assertEquals(2, typo.status());
        assertTrue(typo.output().contains("ADAINIT_DAEMON must be on or off, not 'no'"), typo.output());

        Launched minutes = launched(Map.of("ADAINIT_DAEMON", "on", "ADAINIT_DAEMON_IDLE_SECONDS", "15m"), "sql");
        assertEquals(2, minutes.status());
        assertTrue(minutes.output().contains("ADAINIT_DAEMON_IDLE_SECONDS must be a whole number of seconds, not '15m'"),
                minutes.output());
        assertEquals(List.of(), Files.readAllLines(project.resolve("calls.txt")), "no JVM started");
    }

    @Test
    void theShellsBookkeepingDoesNotChangeTheDriverALaunchGoesTo() throws Exception {
        launched(Map.of("ADAINIT_DAEMON", "on", "SHLVL", "1", "OLDPWD", "/a"), "sql", "--out", "x");
        String atThePrompt = socketOf(Files.readAllLines(project.resolve("calls.txt")));
        launched(Map.of("ADAINIT_DAEMON", "on", "SHLVL", "3", "OLDPWD", "/b"), "sql", "--out", "x");
        String underTime = socketOf(Files.readAllLines(project.resolve("calls.txt")));
        launched(Map.of("ADAINIT_DAEMON", "on", "ADAINIT_DATA_DIR", "/elsewhere"), "sql", "--out", "x");
        String otherData = socketOf(Files.readAllLines(project.resolve("calls.txt")));

        assertEquals(atThePrompt, underTime);
        assertFalse(atThePrompt.equals(otherData), "another environment, another driver");
    }

    /** The driver's socket the stand-in client was given. */
    private static String socketOf(List<String> calls) {
        return calls.stream().filter(call -> call.endsWith(".sock")).findFirst().orElseThrow();
    }
}
