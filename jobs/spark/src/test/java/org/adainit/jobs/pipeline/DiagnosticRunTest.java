package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.adainit.jobs.tables.diagnosis.DiagnosticTable;
import org.adainit.jobs.grid.DiagnosticGrid;
import org.adainit.jobs.grid.GridJson;
import org.adainit.jobs.grid.GridReader;
import org.adainit.jobs.outcome.Provenance;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.simulator.diagnostics.McCleanExperiment;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** McClean and Zhang grids end to end in a local Spark session, checked against the papers and exact moments. */
class DiagnosticRunTest {

    static final String MCCLEAN = """
            name: mcclean-test
            kind: mcclean
            seed: 2018
            samples_per_cell: 100
            points:
              - {qubits: {from: 2, to: 10, step: 2}, depth: 10n, samples: 400}
            """;

    static final String ZHANG = """
            name: zhang-test
            kind: zhang
            seed: 2024
            samples_per_cell: 50
            points:
              - {task: qsl, part: [v1-only, v2-only, both], design: one-design, qubits: [2, 3, 4, 5], samples: 200}
              - {task: vqe, part: [v1-only, v2-only, both], design: two-design, qubits: [2, 4], samples: 100}
              - {task: qae, part: [v1-only, v2-only], design: two-design, qubits: [2, 3], samples: 200}
            """;

    /** Independent numpy sims (docs/diagnostics.md): Var at L = 10n from 1000–2000 circuits, n = 2, 4, 6, 8, 10. */
    private static final double[] SPEC_MCCLEAN = {0.0864, 0.0228, 0.00594, 0.00145, 3.68e-4};
    private static final int SPEC_MCCLEAN_CIRCUITS = 1000;

    private static Path mcclean;
    private static Path zhang;
    private static RunJob.Result mccleanResult;

    @BeforeAll
    static void runBothGrids() throws Exception {
        mcclean = TinyGrid.freshDirectory("mcclean");
        mccleanResult = run(MCCLEAN, mcclean, new StringWriter());
        zhang = TinyGrid.freshDirectory("zhang");
        run(ZHANG, zhang, new StringWriter());
    }

    @Test
    void mccleanSlopeOverTwoToTenQubitsIsThePapersWithinATenth() {
        Row slope = table(mcclean, DiagnosticTable.MCCLEAN_SLOPES).where("depth = '10n'").first();
        double fitted = slope.getAs("slope");
        assertEquals(-0.685, fitted, 0.1);
        assertEquals(-0.685, (double) slope.getAs("paper_slope"));
        assertEquals(5, (int) slope.getAs("points"));
        // The 2-design values alone fit to about −ln 2.
        assertEquals(-Math.log(2), (double) slope.getAs("predicted_slope"), 0.02);
    }

    @Test
    void mccleanVariancesHitTheSpecTableWithinSamplingError() {
        List<Row> points = table(mcclean, DiagnosticTable.MCCLEAN).orderBy("qubits").collectAsList();
        assertEquals(5, points.size());
        for (int i = 0; i < 5; i++) {
            Row p = points.get(i);
            int n = p.getAs("qubits");
            double variance = p.getAs("variance");
            double stderr = p.getAs("variance_stderr");
            // The numpy estimate has the same relative error at its sample count.
            double specStderr = SPEC_MCCLEAN[i] * stderr / variance * Math.sqrt(400.0 / SPEC_MCCLEAN_CIRCUITS);
            double tolerance = 3 * Math.hypot(stderr, specStderr);
            assertEquals(SPEC_MCCLEAN[i], variance, tolerance, "n=" + n);
            assertEquals(McCleanExperiment.predictedVariance(n), (double) p.getAs("prediction"), 1e-15);
            assertEquals(400, (int) p.getAs("samples"));
        }
    }

    @Test
    void mccleanPointsEqualARecomputationFromTheSamples() {
        SparkSession spark = TestSpark.session();
        table(mcclean, DiagnosticTable.MCCLEAN_SAMPLES).createOrReplaceTempView("test_mcclean_samples");
        List<Row> recomputed = spark.sql("SELECT qubits, count(*) AS n, avg(derivative) AS mean, "
                + "var_samp(derivative) AS variance FROM test_mcclean_samples GROUP BY qubits ORDER BY qubits")
                .collectAsList();
        List<Row> points = table(mcclean, DiagnosticTable.MCCLEAN).orderBy("qubits").collectAsList();
        for (int i = 0; i < points.size(); i++) {
            assertEquals(400L, (long) recomputed.get(i).getAs("n"));
            double variance = points.get(i).getAs("variance");
            assertEquals((double) recomputed.get(i).getAs("variance"), variance, 1e-12 * variance);
            assertEquals((double) recomputed.get(i).getAs("mean"), (double) points.get(i).getAs("mean"), 1e-12);
        }
        assertEquals(20, table(mcclean, DiagnosticTable.DIAGNOSTIC_CELLS).where("status = 'ok'").count());
        assertEquals(20, mccleanResult.ran());
    }

    @Test
    void stateLearningMeansAreTwoToTheOneMinusN() {
        List<Row> rows = table(zhang, DiagnosticTable.ZHANG).where("task = 'qsl'").collectAsList();
        assertEquals(12, rows.size());
        for (Row r : rows) {
            int n = r.getAs("qubits");
            double prediction = r.getAs("prediction");
            assertEquals(Math.pow(2, 1 - n), prediction, 1e-15);
            assertEquals(prediction, (double) r.getAs("mean_ratio"), 4 * (double) r.<Double>getAs("stderr_ratio"),
                    r.getAs("part") + " n=" + n);
            assertEquals(Math.pow(2, 2 - n), (double) r.getAs("proposition2_bound"), 1e-15);
        }
        for (Row slope : table(zhang, DiagnosticTable.ZHANG_SLOPES).where("task = 'qsl'").collectAsList()) {
            assertEquals(-Math.log(2), (double) slope.getAs("slope"), 0.1, slope.getAs("part").toString());
            assertEquals(-Math.log(2), (double) slope.getAs("theory_slope"), 1e-15);
        }
    }

    @Test
    void heisenbergMeansHitTheSpecTableWithinSamplingError() {
        // Independent numpy sims (20 samples each): E[Δ]/w for V1 only, V2 only, both at n = 2 and 4.
        Map<String, double[]> spec = Map.of("v1-only", new double[] {0.80, 0.21}, "v2-only",
                new double[] {0.63, 0.16}, "both", new double[] {0.67, 0.27});
        List<Row> rows = table(zhang, DiagnosticTable.ZHANG).where("task = 'vqe'").collectAsList();
        assertEquals(6, rows.size());
        for (Row r : rows) {
            int n = r.getAs("qubits");
            double expected = spec.get(r.<String>getAs("part"))[n == 2 ? 0 : 1];
            double tolerance = 3 * (double) r.<Double>getAs("std_ratio") * Math.sqrt(1.0 / 20 + 1.0 / 100);
            assertEquals(expected, (double) r.getAs("mean_ratio"), tolerance, r.getAs("part") + " n=" + n);
            assertEquals(n == 2 ? 8.0 : 12.0, (double) r.getAs("width"), 1e-9);
            assertEquals(Math.pow(2, 5 - n / 2.0), (double) r.getAs("theorem1_bound"), 1e-12);
        }
    }

    @Test
    void autoencoderSecondMomentsMatchTheTwoDesignIntegrals() {
        SparkSession spark = TestSpark.session();
        table(zhang, DiagnosticTable.ZHANG_SAMPLES).createOrReplaceTempView("test_zhang_samples");
        List<Row> moments = spark.sql("SELECT part, qubits, avg(ratio * ratio) AS m2, stddev_samp(ratio * ratio) "
                + "/ sqrt(count(*)) AS se FROM test_zhang_samples WHERE task = 'qae' GROUP BY part, qubits")
                .collectAsList();
        assertEquals(4, moments.size());
        for (Row m : moments) {
            double d = Math.pow(2, (int) m.getAs("qubits"));
            double expected = "v1-only".equals(m.getAs("part")) ? 3 / (d + 1) : 1.5 * d / (d * d - 1);
            assertEquals(expected, (double) m.getAs("m2"), 4 * (double) m.<Double>getAs("se"),
                    m.getAs("part") + " n=" + m.getAs("qubits"));
        }
    }

    @Test
    void theSameGridAgainComputesNothingAndPrintsTheKeptReport() throws Exception {
        StringWriter output = new StringWriter();
        RunJob.Result again = run(MCCLEAN, mcclean, output);
        assertEquals(0, again.ran());
        assertEquals(20, again.skipped());
        assertTrue(output.toString().startsWith("all 20 cells already done"), output.toString());
        assertTrue(output.toString().contains("slopes of ln Var against n"), output.toString());
        assertTrue(output.toString().contains("all cells ok"), output.toString());
    }

    @Test
    void everyWrittenTableHasItsDeclaredSchema() {
        for (Path out : List.of(mcclean, zhang)) {
            for (DiagnosticTable table : DiagnosticTable.values()) {
                if (Files.isDirectory(out.resolve(table.tableName()))) {
                    assertEquals(table.schema().asNullable(), table(out, table).schema().asNullable(),
                            table.tableName());
                }
            }
        }
    }

    private static RunJob.Result run(String yaml, Path out, StringWriter output) {
        SparkSession spark = TestSpark.session();
        DiagnosticGrid grid = (DiagnosticGrid) GridReader.parseDefinition("test.yaml", yaml);
        ResultDirectory directory = TinyGrid.directory(spark, out);
        return new RunJob(() -> spark, new PrintWriter(output, true)).run(new RunJob.DiagnosticRequest(grid,
                "test.yaml", directory, new Provenance("test", "unknown", grid.name(), GridJson.hash(grid)),
                "submit/adainit run test.yaml --out " + out, Map.of("test", true)));
    }

    private static Dataset<Row> table(Path out, DiagnosticTable table) {
        return TestSpark.session().read().parquet(out.resolve(table.tableName()).toString());
    }
}
