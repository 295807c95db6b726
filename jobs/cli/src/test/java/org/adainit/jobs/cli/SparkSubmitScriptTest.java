package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code submit/spark-submit.sh} against a stand-in {@code $SPARK_HOME/bin/spark-submit} that records the arguments
 * it is given, one per line.
 */
class SparkSubmitScriptTest {

    private static final Path ROOT = Path.of(System.getProperty("adainit.root")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private List<String> submit(String... args) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("spark/bin"));
        Path recorded = dir.resolve("args.txt");
        Path sparkSubmit = Files.writeString(bin.resolve("spark-submit"),
                "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$ARGS_FILE\"\n");
        Files.setPosixFilePermissions(sparkSubmit, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("submit/spark-submit.sh").toString());
        builder.command().addAll(List.of(args));
        builder.environment().put("SPARK_HOME", dir.resolve("spark").toString());
        builder.environment().put("ADAINIT_JAR", dir.resolve("app.jar").toString());
        builder.environment().put("ARGS_FILE", recorded.toString());
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return Files.readAllLines(recorded);
    }

    @Test
    void keepsTheClustersDefaultsUnderOursAndHandsTheDriverTheCommandAsTyped() throws Exception {
        List<String> args = submit("--master", "spark://head:7077", "--conf", "spark.executor.memory=2g", "--",
                "run", "conf/grids/quickstart.yaml", "--out", "hdfs:///runs/q 1");

        int properties = args.indexOf("--properties-file");
        assertEquals(ROOT.resolve("conf/spark-defaults.conf").toString(), args.get(properties + 1));
        assertTrue(args.contains("--load-spark-defaults"), "without it Spark drops $SPARK_HOME/conf/spark-defaults.conf");
        assertTrue(args.contains("spark.adainit.command=submit/spark-submit.sh --master spark://head:7077 --conf "
                + "spark.executor.memory=2g -- run conf/grids/quickstart.yaml --out hdfs:///runs/q\\ 1"), args.toString());
        assertEquals(List.of("--master", "spark://head:7077", "--conf", "spark.executor.memory=2g",
                dir.resolve("app.jar").toString(), "run", "conf/grids/quickstart.yaml", "--out", "hdfs:///runs/q 1"),
                args.subList(args.size() - 9, args.size()), "the user's Spark options, the jar, then the command");
        String driverOptions = args.get(args.indexOf("--driver-java-options") + 1);
        assertTrue(driverOptions.contains("-XX:+ExitOnOutOfMemoryError"), driverOptions);
    }
}
