package org.adainit.jobs.pipeline;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridJson;
import org.adainit.jobs.grid.GridReader;
import org.adainit.jobs.outcome.Provenance;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.tables.CellsTable;
import org.adainit.jobs.tables.IterationsTable;
import org.adainit.jobs.tables.ResultTable;
import org.adainit.jobs.spark.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A grid small enough for tests (real Iris, 2 structures × 2 seeds × 3 methods = 12 cells, T = 3, 2 epochs) and the
 * means to run it and read its tables back. The reference run happens once per test JVM; several test classes
 * compare against it.
 */
public final class TinyGrid {

    public static final String YAML = """
            name: tiny
            seed: 11
            axes:
              datasets: [iris]
              priors: [uniform]
              structures:
                - {qubits: [2, 3], layers: [1]}
              seeds: [0, 1]
              methods:
                - classic
                - {method: adainit, generator: embedded}
                - {method: adainit, generator: random}
            search: {iterations: 3}
            training: {epochs: 2}
            """;

    static final Path RUNS = Path.of("target", "test-runs").toAbsolutePath();

    private static Path reference;
    private static String referenceOutput;

    private TinyGrid() {}

    public static Grid grid() {
        return GridReader.parse("tiny.yaml", YAML);
    }

    /** The shared dataset folder; tests that need it are skipped (with the reason) without it. */
    public static String dataDirectory() {
        String dir = System.getenv("ADAINIT_DATA_DIR");
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "iris.data")),
                "ADAINIT_DATA_DIR is not set to a folder with iris.data; skipping the Spark pipeline tests");
        return dir;
    }

    static CellRunner runner(Grid grid) {
        return new SimulationCellRunner(grid, dataDirectory(),
                new Provenance("test", "unknown", grid.name(), GridJson.hash(grid)));
    }

    public static Path freshDirectory(String name) throws Exception {
        Files.createDirectories(RUNS);
        return RUNS.resolve(name + "-" + UUID.randomUUID());
    }

    static RunJob.Result run(SparkSession spark, Grid grid, Path out, CellRunner runner, StringWriter output) {
        ResultDirectory directory = directory(spark, out);
        return new RunJob(() -> spark, new PrintWriter(output, true)).run(new RunJob.Request(grid, "tiny.yaml",
                directory, runner, "submit/adainit run tiny.yaml --out " + out, Map.of("test", true)));
    }

    /** The uninterrupted reference run of the tiny grid in {@link TestSpark#DEFAULT_MASTER}, made once. */
    public static synchronized Path reference() throws Exception {
        if (reference == null) {
            Grid grid = grid();
            Path out = freshDirectory("reference");
            StringWriter output = new StringWriter();
            run(TestSpark.session(), grid, out, runner(grid), output);
            reference = out;
            referenceOutput = output.toString();
        }
        return reference;
    }

    /** The result directory at {@code out}, opened with the session's Hadoop configuration. */
    public static ResultDirectory directory(SparkSession spark, Path out) {
        return ResultDirectory.open(out.toString(), spark.sparkContext().hadoopConfiguration());
    }

    /** A copy of the reference run (files and modification times), for tests that damage or change it. */
    public static Path copyOfReference(String name) throws Exception {
        Path source = reference();
        Path copy = freshDirectory(name);
        try (var files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(source.relativize(file).toString()),
                        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return copy;
    }

    /** A copy of the reference run's committed cells and manifest, without its tables, for a build to make them. */
    public static Path cellsOfReference(String name) throws Exception {
        Path copy = copyOfReference(name);
        ResultDirectory directory = directory(TestSpark.session(), copy);
        for (ResultTable table : ResultTable.values()) {
            directory.deleteTree(table.tableName());
        }
        return copy;
    }

    static synchronized String referenceOutput() throws Exception {
        reference();
        return referenceOutput;
    }

    /** Asserts that every table of {@code actual} holds the reproducible rows of the same table in {@code expected}. */
    public static void assertSameTables(SparkSession spark, Path expected, Path actual) {
        for (ResultTable table : ResultTable.values()) {
            Assertions.assertEquals(reproducibleRows(spark, expected, table), reproducibleRows(spark, actual, table),
                    table.tableName());
        }
    }

    /** A table's rows without the columns that legitimately differ between runs, sorted. */
    public static List<Row> reproducibleRows(SparkSession spark, Path out, ResultTable table) {
        Dataset<Row> rows = spark.read().parquet(out.resolve(table.tableName()).toString());
        List<String> drop = new ArrayList<>(CellsTable.RUN_DEPENDENT_COLUMNS);
        drop.addAll(IterationsTable.RUN_DEPENDENT_COLUMNS);
        Set<String> present = Set.of(rows.columns());
        for (String column : drop) {
            if (present.contains(column)) {
                rows = rows.drop(column);
            }
        }
        String[] columns = rows.columns();
        java.util.Arrays.sort(columns);
        return rows.selectExpr(columns).orderBy(columns[0], java.util.Arrays.copyOfRange(columns, 1, columns.length))
                .collectAsList();
    }
}
