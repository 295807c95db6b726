package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.adainit.jobs.pipeline.TinyGrid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code submit/adainit} with its resident driver, as a user runs it: the real launcher, real JVMs for the client and
 * the daemon, the real commands. The project is a copy with this module's classes as its jar and the tests' classpath
 * as Spark's, so nothing is built. It takes about 1.5 min: tagged {@code driver}, so that
 * {@code -DexcludedGroups=driver} leaves it out.
 */
@Tag("driver")
class ResidentDriverLaunchTest {

    private static final Path ROOT = Path.of(System.getProperty("adainit.root")).toAbsolutePath().normalize();
    private static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");
    private static final Pattern SERVING = Pattern.compile("adainit daemon (\\d+): serving");

    @TempDir
    Path dir;

    private Path project;
    private Path daemons;
    private String dataDirectory;

    @BeforeEach
    void aBuiltProject() throws Exception {
        dataDirectory = TinyGrid.dataDirectory();
        project = Files.createDirectories(dir.resolve("project"));
        daemons = Files.createDirectories(dir.resolve("tmp"));
        Files.createDirectories(project.resolve("submit"));
        Files.copy(ROOT.resolve("submit/adainit"), project.resolve("submit/adainit"));
        Path target = Files.createDirectories(project.resolve("jobs/cli/target"));
        Path classes = Path.of(AdaInitCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> dependencies = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).equals(classes) && !entry.endsWith("test-classes"))
                .toList();
        Files.writeString(target.resolve("launcher.classpath"), String.join(File.pathSeparator, dependencies));
        Files.writeString(target.resolve("launcher-runtime.classpath"), dependencies.get(0));
        Files.copy(ROOT.resolve("jobs/cli/target/jvm.options"), target.resolve("jvm.options"));
        for (String file : List.of("conf/log4j2.properties", "conf/jit-directives.json", "pom.xml")) {
            Path copy = project.resolve(file);
            Files.createDirectories(copy.getParent());
            Files.copy(ROOT.resolve(file), copy);
            Files.setLastModifiedTime(copy, FileTime.from(BUILT.minusSeconds(60)));
        }
        Files.createDirectories(project.resolve("simulator"));
        Path jar = jar(classes, target.resolve("adainit-jobs.jar"));
        Files.setLastModifiedTime(jar, FileTime.from(BUILT));
        Files.writeString(project.resolve("grid.yaml"), """
                name: one-cell
                seed: 1
                axes: {datasets: [iris], priors: [uniform], structures: [{qubits: [2], layers: [2]}], seeds: [0],
                       methods: [classic]}
                search: {iterations: 1, threshold: paper}
                training: {epochs: 3, batch_size: 20, learning_rate: 0.01, variance: epoch-last-batch}
                """);
    }

    @AfterEach
    void stopTheDaemons() throws IOException {
        for (long pid : daemonPids()) {
            ProcessHandle.of(pid).ifPresent(daemon -> {
                daemon.destroy();
                daemon.onExit().join();
            });
        }
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream output = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                output.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, output);
                output.closeEntry();
            }
        }
        return jar;
    }

    private record Launched(int status, String out, String err) {}

    private Launched launch(Map<String, String> environment, String... args) throws Exception {
        Process process = start(environment, args);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the launch ended");
        return new Launched(process.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    private Process start(Map<String, String> environment, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", project.resolve("submit/adainit").toString());
        builder.command().addAll(List.of(args));
        builder.directory(project.toFile());
        Map<String, String> variables = builder.environment();
        variables.keySet().removeIf(name -> name.startsWith("ADAINIT_") || name.equals("XDG_RUNTIME_DIR"));
        variables.put("TMPDIR", daemons.toString());
        variables.put("ADAINIT_DATA_DIR", dataDirectory);
        variables.put("ADAINIT_DAEMON_IDLE_SECONDS", "300");
        variables.putAll(environment);
        return builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile())
                .start();
    }

    /** The logs in the launcher's daemon folder, {@code $TMPDIR/adainit-<uid>}. */
    private List<Path> daemonLogs() throws IOException {
        if (daemons == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.find(daemons, 2, (file, attributes) -> file.toString().endsWith(".log"))) {
            return files.toList();
        }
    }

    private List<Long> daemonPids() throws IOException {
        List<Long> pids = new ArrayList<>();
        for (Path log : daemonLogs()) {
            Matcher serving = SERVING.matcher(Files.readString(log));
            while (serving.find()) {
                pids.add(Long.parseLong(serving.group(1)));
            }
        }
        return pids;
    }

    @Test
    void theFirstCommandStartsADaemonThatServesTheNextOnesWithTheConsoleAndExitCodesOfAFreshJvm() throws Exception {
        Launched run = launch(Map.of(), "run", "grid.yaml", "--out", "out");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("all cells ok"), run.out());
        assertTrue(run.err().contains("adainit: started a resident driver"), run.err());
        assertFalse(run.err().contains("WARNING: Using incubator modules"), "the daemon's own console is its log");

        String count = "SELECT count(*) AS cells FROM cells";
        Launched query = launch(Map.of(), "sql", "--out", "out", count);
        assertEquals(0, query.status(), query.err());
        assertEquals("", query.err());
        Launched missing = launch(Map.of(), "sql", "--out", "nowhere", count);
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, missing.status());
        assertTrue(missing.err().startsWith("error: ") && missing.err().contains("holds no result tables"),
                missing.err());

        List<Path> logs = daemonLogs();
        assertEquals(1, logs.size(), "one daemon for one directory and environment");
        String log = Files.readString(logs.get(0));
        assertEquals(1, daemonPids().size(), log);
        assertTrue(log.contains("run exited 0") && log.contains("sql exited 0") && log.contains("sql exited 2"), log);

        Launched fresh = launch(Map.of("ADAINIT_DAEMON", "off"), "sql", "--out", "out", count);
        assertEquals(0, fresh.status(), fresh.err());
        assertEquals(fresh.out(), query.out(), "the same answer as a fresh JVM's");
        assertEquals(log, Files.readString(logs.get(0)), "ADAINIT_DAEMON=off went to no daemon");
    }

    @Test
    void interruptingACommandStopsItsDaemonBeforeTheLaunchReturns() throws Exception {
        Files.writeString(project.resolve("long.yaml"), """
                name: long
                seed: 1
                axes: {datasets: [iris], priors: [uniform], structures: [{qubits: [4], layers: [4]}],
                       seeds: {from: 0, to: 39}, methods: [classic]}
                search: {iterations: 1, threshold: paper}
                training: {epochs: 300, batch_size: 20, learning_rate: 0.01, variance: epoch-last-batch}
                """);
        Process launcher = start(Map.of(), "run", "long.yaml", "--out", "long");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(dir.resolve("out.txt")).contains("] ok ") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        List<Long> pids = daemonPids();
        assertEquals(1, pids.size(), "a daemon runs the cells");
        ProcessHandle client = launcher.descendants()
                .filter(process -> process.info().commandLine().orElse("").contains("DaemonClient"))
                .findFirst().orElseThrow();

        new ProcessBuilder("kill", "-INT", Long.toString(client.pid())).start().waitFor();

        assertTrue(launcher.waitFor(60, TimeUnit.SECONDS));
        assertEquals(130, launcher.exitValue(), "a shell's code for an interrupt");
        assertFalse(ProcessHandle.of(pids.get(0)).map(ProcessHandle::isAlive).orElse(false),
                "the daemon stopped with its command, as the command's own JVM would have");
        assertTrue(Files.readString(daemonLogs().get(0)).contains("went away"));
    }
}
