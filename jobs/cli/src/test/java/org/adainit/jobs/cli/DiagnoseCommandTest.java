package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.adainit.jobs.datasets.DataDirectory;
import org.adainit.jobs.datasets.Dataset;
import org.adainit.jobs.datasets.Datasets;
import org.adainit.jobs.datasets.PreparedDataset;
import org.adainit.jobs.datasets.PreprocessingOptions;
import org.adainit.jobs.pipeline.TinyGrid;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.store.WriterLock;
import org.adainit.simulator.fast.CircuitEvaluators;
import org.adainit.simulator.qnn.QnnModel;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adainit diagnose} on a copy of the tiny grid's reference run. */
class DiagnoseCommandTest {

    private static final String SEARCH_CELL = "iris.uniform.n3.l1.s1.adainit-embedded";
    private static final String CLASSIC_CELL = "iris.uniform.n2.l1.s0.classic";

    @TempDir
    Path dir;

    @Test
    void slicesAndRetrainsBothKindsOfCellReproducingTheRecordedRuns() throws Exception {
        Path out = copyOfReference();
        SparkSession spark = TestSpark.session();
        CliRun run = CliRun.of("diagnose", "--out", out.toString(), "--cell", SEARCH_CELL + "," + CLASSIC_CELL,
                "--points", "5", "--radius", "1.5");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("warning"), run.out());
        assertTrue(run.out().contains(SEARCH_CELL), run.out());

        List<Row> slice = spark.read().parquet(out.resolve("landscape").toString())
                .where("cell_id = '" + SEARCH_CELL + "'").collectAsList();
        assertEquals(25, slice.size());
        Row centre = slice.stream().filter(r -> r.<Double>getAs("alpha") == 0.0 && r.<Double>getAs("beta") == 0.0)
                .findFirst().orElseThrow();
        assertEquals(lossOfTheta0(spark, out, SEARCH_CELL), (double) centre.getAs("loss"), 1e-12);
        assertEquals("random-circuit-0-a", centre.getAs("direction_a"));

        // Two epochs in the tiny grid, two groups each; 16 decade bins per (epoch, group).
        assertEquals(4, spark.read().parquet(out.resolve("gradient_distribution").toString())
                .where("cell_id = '" + CLASSIC_CELL + "'").count());
        assertEquals(64, spark.read().parquet(out.resolve("gradient_histogram").toString())
                .where("cell_id = '" + CLASSIC_CELL + "'").count());

        CliRun chosen = CliRun.of("diagnose", "--out", out.toString(), "--cell", SEARCH_CELL, "--points", "3",
                "--directions", "l0[0,0,0],l2[1]");
        assertEquals(0, chosen.exitCode(), chosen.err());
        List<Row> replaced = spark.read().parquet(out.resolve("landscape").toString()).collectAsList();
        assertEquals(9 + 25, replaced.size(), "the search cell's slice replaced, the classic cell's kept");
        assertTrue(replaced.stream().anyMatch(r -> "l2[1]".equals(r.getAs("direction_b"))));
    }

    @Test
    void badRequestsAreNamed() throws Exception {
        Path out = copyOfReference();
        TestSpark.session();
        CliRun unknown = CliRun.of("diagnose", "--out", out.toString(), "--cell", "iris.nope");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().startsWith("error: --cell iris.nope: no such cell in"), unknown.err());
        CliRun badName = CliRun.of("diagnose", "--out", out.toString(), "--cell", CLASSIC_CELL, "--directions",
                "l0[5,0,0],l0[0,0,1]");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, badName.exitCode());
        assertTrue(badName.err().contains("--directions for cell " + CLASSIC_CELL + ": 'l0[5,0,0]': index 0 must be "
                + "below 1"), badName.err());
        CliRun noRun = CliRun.of("diagnose", "--out", dir.resolve("empty").toString(), "--cell", CLASSIC_CELL);
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, noRun.exitCode());
        assertTrue(noRun.err().contains("holds no run"), noRun.err());
    }

    @Test
    void aSecondWriterOnTheFolderIsRefusedNamingTheHolderAndTheLockIsReleasedAfterADiagnosis() throws Exception {
        Path out = copyOfReference();
        TestSpark.session();
        ResultDirectory directory = ResultDirectory.open(out.toString(), new Configuration());
        try (WriterLock run = WriterLock.acquire(directory, "submit/adainit run tiny.yaml --out " + out)) {
            CliRun refused = CliRun.of("diagnose", "--out", out.toString(), "--cell", CLASSIC_CELL, "--points", "3");
            assertEquals(AdaInitCli.EXIT_BAD_INPUT, refused.exitCode(), refused.err());
            assertEquals(1, refused.err().strip().lines().count(), refused.err());
            assertTrue(refused.err().startsWith("error: --out " + directory.uri() + " is being written by another "
                    + "run (host "), refused.err());
            assertTrue(refused.err().contains(", pid " + ProcessHandle.current().pid() + ", "), refused.err());
            assertTrue(refused.err().contains("command: submit/adainit run tiny.yaml --out " + out), refused.err());
            assertFalse(Files.exists(out.resolve("landscape")), "nothing was written beside the holder");
        }
        CliRun alone = CliRun.of("diagnose", "--out", out.toString(), "--cell", CLASSIC_CELL, "--points", "3");
        assertEquals(0, alone.exitCode(), alone.err());
        assertTrue(Files.exists(out.resolve("landscape")));
        assertFalse(Files.exists(out.resolve(WriterLock.FILE)), "diagnose released its lock");
    }

    /** The mean training loss at θ0* from the cells table, computed here without the landscape code. */
    private static double lossOfTheta0(SparkSession spark, Path out, String cellId) {
        Row cell = spark.read().parquet(out.resolve("cells").toString()).where("cell_id = '" + cellId + "'")
                .selectExpr("qubits", "layers", "split_seed",
                        "concat(flatten(flatten(theta0_l0)), flatten(theta0_l1), theta0_l2)").first();
        QnnShape shape = new QnnShape(cell.getInt(0), cell.getInt(1), 2);
        List<Double> theta = cell.getList(3);
        QnnParameters parameters =
                new QnnParameters(shape, theta.stream().mapToDouble(Double::doubleValue).toArray());
        PreparedDataset data = Datasets.prepare(Dataset.IRIS, DataDirectory.resolve(
                Optional.of(Path.of(TinyGrid.dataDirectory())), Optional.empty()), shape.qubits(), cell.getLong(2),
                PreprocessingOptions.paper());
        return CircuitEvaluators.fastestModel(shape, data.train().x()[0].length).meanLoss(parameters, data.train().x(),
                data.train().y());
    }

    private Path copyOfReference() throws Exception {
        Path reference = TinyGrid.reference();
        Path copy = dir.resolve("run");
        try (Stream<Path> files = Files.walk(reference)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(reference.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }
}
