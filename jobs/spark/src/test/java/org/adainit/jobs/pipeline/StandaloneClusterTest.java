package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.spark.TestSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tiny grid on a real standalone cluster: a Master and two one-core Workers started from the Maven classpath on
 * 127.0.0.1, executors in their own JVMs, the driver in this one. Runs in {@code mvn verify}; skip it locally with
 * {@code -DexcludedGroups=cluster} (it takes about a minute on two cores).
 */
@Tag("cluster")
class StandaloneClusterTest {

    @TempDir
    Path sparkHome;

    private final List<Process> daemons = new ArrayList<>();

    @Test
    void twoWorkersGiveTheTablesOfALocalRun() throws Exception {
        Path reference = TinyGrid.reference();
        Files.createDirectories(sparkHome.resolve("jars"));
        // The daemons log at INFO (the tests' own configuration is WARN) so that their start-up lines can be awaited.
        Files.writeString(sparkHome.resolve("log4j2.properties"), """
                rootLogger.level = info
                rootLogger.appenderRef.stdout.ref = console
                appender.console.type = Console
                appender.console.name = console
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = %d{HH:mm:ss} %-5p %c{1}: %m%n
                """);
        String classPath = System.getProperty("java.class.path");
        List<String> jvmOptions = sparkJvmOptions();
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        try {
            Process masterProcess = start("master", jvmOptions, classPath, "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", "0");
            awaitLog(masterProcess, sparkHome.resolve("master.log"), "I have been elected leader");
            for (int i = 0; i < 2; i++) {
                Process worker = start("worker-" + i, jvmOptions, classPath, "org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--cores", "1", "--memory", "1024m", "--webui-port", "0",
                        "--work-dir", sparkHome.resolve("work-" + i).toString(), master);
                awaitLog(worker, sparkHome.resolve("worker-" + i + ".log"), "Successfully registered with master");
            }
            System.setProperty("spark.executor.extraClassPath", classPath);
            System.setProperty("spark.executor.extraJavaOptions", String.join(" ", jvmOptions));
            System.setProperty("spark.executor.memory", "768m");
            System.setProperty("spark.cores.max", "2");
            SparkSession cluster = TestSpark.session(master);
            Grid grid = TinyGrid.grid();
            Path out = TinyGrid.freshDirectory("cluster");
            StringWriter output = new StringWriter();
            RunJob.Result result = TinyGrid.run(cluster, grid, out, TinyGrid.runner(grid), output);
            assertEquals(List.of(), result.failedCells(), output.toString());
            assertTrue(output.toString().contains("on " + master), output.toString());
            for (int i = 0; i < 2; i++) {
                try (var apps = Files.list(sparkHome.resolve("work-" + i))) {
                    assertTrue(apps.anyMatch(app -> app.getFileName().toString().startsWith("app-")),
                            "worker " + i + " launched an executor JVM");
                }
            }
            TinyGrid.assertSameTables(cluster, reference, out);
        } finally {
            TestSpark.stop();
            for (String key : List.of("spark.executor.extraClassPath", "spark.executor.extraJavaOptions",
                    "spark.executor.memory", "spark.cores.max")) {
                System.clearProperty(key);
            }
            for (Process daemon : daemons) {
                daemon.destroy();
                if (!daemon.waitFor(20, TimeUnit.SECONDS)) {
                    daemon.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    private Process start(String name, List<String> jvmOptions, String classPath, String mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Dlog4j2.configurationFile=" + sparkHome.resolve("log4j2.properties"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(sparkHome.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        // Without it every executor launch fails with "Cannot find any build directories".
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process process = builder.start();
        daemons.add(process);
        return process;
    }

    private static void awaitLog(Process process, Path log, String line) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError(log + " ended before '" + line + "':\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + line + "' in " + log + " after 90 s:\n" + Files.readString(log));
    }

    /**
     * Spark's module options as this test JVM got them from Maven, for the daemons and executors, with the test JVM's
     * quick-start settings (client compiler only, serial GC, scalar kernels): five short-lived JVMs that load Spark
     * spend most of their CPU compiling it otherwise.
     */
    private static List<String> sparkJvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-") || a.startsWith("--enable-native-access")
                        || a.startsWith("--sun-misc") || a.equals("-XX:+IgnoreUnrecognizedVMOptions")
                        || a.startsWith("-Dio.netty") || a.startsWith("-XX:TieredStopAtLevel=")
                        || a.equals("-XX:+UseSerialGC") || a.startsWith("-Dadainit.simd="))
                .toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
