package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.grid.GridJson;
import org.adainit.jobs.grid.GridReader;
import org.adainit.jobs.grid.Method;
import org.adainit.jobs.search.ParameterFingerprint;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.outcome.Timing;
import org.adainit.jobs.report.QueryResult;
import org.adainit.jobs.report.ReportBuilder;
import org.adainit.jobs.report.ResultTables;
import org.adainit.jobs.tables.DocumentedColumns;
import org.adainit.jobs.tables.ResultTable;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.simulator.qnn.QnnParameters;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The tiny grid end to end in a real local Spark session. */
class RunJobTest {

    @Test
    void everyTableExistsWithTheDocumentedSchemaAndTheRowCountsTheGridImplies() throws Exception {
        Path out = TinyGrid.reference();
        SparkSession spark = TestSpark.session();
        Grid grid = TinyGrid.grid();
        List<Cell> cells = grid.cells();
        long searches = cells.stream().filter(c -> c.method().method() == Method.ADAINIT).count();
        long baselines = cells.size() - searches;
        int t = grid.search().iterations();
        long structures = cells.stream().map(c -> c.dataset() + "/" + c.prior() + "/" + c.method().label() + "/"
                + c.qubits() + "/" + c.layers()).distinct().count();
        assertEquals(cells.size(), table(spark, out, ResultTable.CELLS).count());
        assertEquals(searches * t, table(spark, out, ResultTable.ITERATIONS).count());
        assertEquals((baselines + searches * t) * (grid.training().epochs() + 1), table(spark, out, ResultTable.EPOCHS).count(),
                "every training has epochs 0 (θ0 itself) to E");
        assertEquals(structures, table(spark, out, ResultTable.CURVES).count());
        assertEquals(0, table(spark, out, ResultTable.CELLS).where("status <> 'ok'").count());

        Map<String, Map<String, String>> documented = DocumentedColumns.read();
        for (ResultTable table : ResultTable.values()) {
            assertEquals(documented.get(table.tableName()), DocumentedColumns.of(table(spark, out, table).schema()),
                    "docs/tables.md columns of " + table.tableName());
        }
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
    }

    @Test
    void partitionedTablesHoldOneFilePerFolderWithItsRowsInKeyOrder() throws Exception {
        Path out = TinyGrid.reference();
        SparkSession spark = TestSpark.session();
        for (ResultTable table : List.of(ResultTable.ITERATIONS, ResultTable.EPOCHS)) {
            List<String> keys = table == ResultTable.ITERATIONS ? List.of("cell_id", "iteration")
                    : List.of("cell_id", "iteration", "epoch");
            List<Path> folders;
            try (var walk = Files.walk(out.resolve(table.tableName()))) {
                folders = walk.filter(p -> p.getFileName().toString().startsWith("prior=")).sorted().toList();
            }
            assertFalse(folders.isEmpty(), table.tableName() + " has partition folders");
            long rows = 0;
            for (Path folder : folders) {
                List<Path> files;
                try (var list = Files.list(folder)) {
                    files = list.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
                }
                assertEquals(1, files.size(), "one file in " + folder);
                List<Row> read = spark.read().parquet(files.get(0).toString())
                        .selectExpr(keys.toArray(new String[0])).collectAsList();
                List<Row> sorted = spark.read().parquet(files.get(0).toString())
                        .selectExpr(keys.toArray(new String[0])).orderBy(keys.get(0),
                                keys.subList(1, keys.size()).toArray(new String[0])).collectAsList();
                assertEquals(sorted, read, "rows of " + folder + " in key order");
                rows += read.size();
            }
            assertEquals(table(spark, out, table).count(), rows, table.tableName() + ": every row in some folder");
        }
    }

    @Test
    void curvesEqualAnIndependentRecomputationFromTheCellsTable() throws Exception {
        Path out = TinyGrid.reference();
        SparkSession spark = TestSpark.session();
        table(spark, out, ResultTable.CELLS).createOrReplaceTempView("tiny_cells");
        List<Row> expected = spark.sql("SELECT dataset, prior, variant, qubits, layers, count(*) AS n, "
                + "avg(variance) AS mean, stddev_samp(variance) AS std, avg(ln(variance)) AS mean_log, "
                + "stddev_samp(ln(variance)) AS sd_log, sum(CASE WHEN fallback THEN 1 ELSE 0 END) AS fallbacks "
                + "FROM tiny_cells WHERE status = 'ok' "
                + "GROUP BY dataset, prior, variant, qubits, layers ORDER BY dataset, prior, variant, qubits, layers")
                .collectAsList();
        List<Row> curves = table(spark, out, ResultTable.CURVES).selectExpr("dataset", "prior", "variant", "qubits",
                "layers", "n", "mean", "std", "ci95_low", "ci95_high", "geo_mean", "geo_std", "fallbacks")
                .orderBy("dataset", "prior", "variant", "qubits", "layers").collectAsList();
        assertEquals(expected.size(), curves.size());
        for (int i = 0; i < expected.size(); i++) {
            Row e = expected.get(i);
            Row c = curves.get(i);
            for (int k = 0; k < 5; k++) {
                assertEquals(e.get(k), c.get(k));
            }
            long n = e.getLong(5);
            assertEquals(n, c.getInt(5));
            assertEquals(e.getDouble(6), c.getDouble(6), 1e-12 * Math.abs(e.getDouble(6)));
            assertEquals(e.getDouble(7), c.getDouble(7), 1e-9 * e.getDouble(7));
            double meanLog = e.getDouble(8);
            double sdLog = e.getDouble(9);
            double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sdLog / Math.sqrt(n);
            assertEquals(Math.exp(meanLog - half), c.getDouble(8), 1e-9 * Math.exp(meanLog - half));
            assertEquals(Math.exp(meanLog + half), c.getDouble(9), 1e-9 * Math.exp(meanLog + half));
            assertTrue(c.getDouble(8) > 0, "a variance's interval stays above zero");
            assertEquals(Math.exp(meanLog), c.getDouble(10), 1e-9 * Math.exp(meanLog));
            assertEquals(Math.exp(sdLog), c.getDouble(11), 1e-9 * Math.exp(sdLog));
            assertEquals(e.getLong(10), c.getInt(12));
        }
    }

    @Test
    void everyTrainingRecordsItsFinalLossAndAccuracyOnEachSplit() throws Exception {
        Path out = TinyGrid.reference();
        SparkSession spark = TestSpark.session();
        for (ResultTable table : List.of(ResultTable.CELLS, ResultTable.ITERATIONS)) {
            Dataset<Row> rows = table(spark, out, table);
            for (String split : List.of("final_train", "validation", "test")) {
                assertEquals(0, rows.where(split + "_accuracy IS NULL OR " + split + "_accuracy < 0 OR " + split
                        + "_accuracy > 1 OR NOT (" + split + "_loss > 0)").count(), table + " " + split);
            }
        }
        // θ0*'s scores in cells are those of the iteration that proposed it.
        table(spark, out, ResultTable.CELLS).createOrReplaceTempView("tiny_cells_for_scores");
        table(spark, out, ResultTable.ITERATIONS).createOrReplaceTempView("tiny_iterations_for_scores");
        assertEquals(0, spark.sql("SELECT * FROM tiny_cells_for_scores c JOIN tiny_iterations_for_scores i "
                + "ON c.cell_id = i.cell_id AND c.selected_iteration = i.iteration WHERE c.test_accuracy <> "
                + "i.test_accuracy OR c.validation_loss <> i.validation_loss").count());
        assertEquals(2, table(spark, out, ResultTable.CORRELATIONS).count(), "one row per structure");
    }

    @Test
    void pooledComparisonsEqualAPairedJoinOfTheCells() throws Exception {
        Path out = TinyGrid.reference();
        SparkSession spark = TestSpark.session();
        table(spark, out, ResultTable.CELLS).createOrReplaceTempView("tiny_cells_for_pairs");
        List<Row> expected = spark.sql("SELECT a.variant, b.variant, count(*), "
                + "sum(CASE WHEN a.variance > b.variance THEN 1 ELSE 0 END), exp(avg(ln(a.variance) - ln(b.variance))), "
                + "regr_slope(ln(a.variance) - ln(b.variance), a.qubits) "
                + "FROM tiny_cells_for_pairs a JOIN tiny_cells_for_pairs b ON a.dataset = b.dataset "
                + "AND a.prior = b.prior AND a.qubits = b.qubits AND a.layers = b.layers AND a.seed = b.seed "
                + "WHERE a.status = 'ok' AND b.status = 'ok' AND a.variance > 0 AND b.variance > 0 "
                + "AND ((a.method = 'adainit' AND a.generator <> 'random' AND (b.method <> 'adainit' "
                + "OR b.generator = 'random')) OR (a.generator = 'random' AND b.method <> 'adainit')) "
                + "GROUP BY a.variant, b.variant ORDER BY a.variant, b.variant").collectAsList();
        Dataset<Row> comparisons = table(spark, out, ResultTable.COMPARISONS);
        List<Row> pooled = comparisons.where("qubits IS NULL AND layers IS NULL AND layers_per_qubit IS NULL")
                .selectExpr("variant_a", "variant_b", "pairs", "wins", "geomean_ratio", "ratio_ci95_low",
                        "ratio_ci95_high", "wilcoxon_p")
                .orderBy("variant_a", "variant_b").collectAsList();
        List<Row> qubitSeries = comparisons.where("qubits IS NULL AND layers = 1")
                .selectExpr("variant_a", "variant_b", "pairs", "gap_slope").orderBy("variant_a", "variant_b")
                .collectAsList();
        assertEquals(3, expected.size(), "ours vs random, ours vs classic, random vs classic");
        assertEquals(expected.size(), pooled.size());
        for (int i = 0; i < expected.size(); i++) {
            Row e = expected.get(i);
            Row c = pooled.get(i);
            assertEquals(e.getString(0), c.getString(0));
            assertEquals(e.getString(1), c.getString(1));
            assertEquals(e.getLong(2), c.getInt(2));
            assertEquals(e.getLong(3), c.getInt(3));
            assertEquals(e.getDouble(4), c.getDouble(4), 1e-9 * e.getDouble(4));
            assertTrue(c.getDouble(5) <= c.getDouble(4) && c.getDouble(4) <= c.getDouble(6), c.toString());
            assertTrue(c.getDouble(7) > 0 && c.getDouble(7) <= 1, c.toString());
            Row series = qubitSeries.get(i);
            assertEquals(e.getLong(2), series.getInt(2), "the tiny grid's one qubit series holds every pair");
            assertEquals(e.getDouble(5), series.getDouble(3), 1e-9 * Math.abs(e.getDouble(5)));
        }
        assertEquals(2 * 3, comparisons.where("qubits IS NOT NULL AND layers IS NOT NULL").count(),
                "one row per structure and compared pair");
    }

    @Test
    void slopesEqualSparksOwnRegressionOfLogVarianceOverTheCells() throws Exception {
        Path out = TinyGrid.reference();
        SparkSession spark = TestSpark.session();
        table(spark, out, ResultTable.CELLS).createOrReplaceTempView("tiny_cells_for_slopes");
        List<Row> expected = spark.sql("SELECT dataset, prior, variant, layers, regr_slope(ln(variance), qubits), "
                + "regr_count(ln(variance), qubits) FROM tiny_cells_for_slopes WHERE status = 'ok' AND variance > 0 "
                + "GROUP BY dataset, prior, variant, layers ORDER BY dataset, prior, variant, layers").collectAsList();
        List<Row> slopes = table(spark, out, ResultTable.SLOPES).where("axis = 'qubits'")
                .selectExpr("dataset", "prior", "variant", "fixed_layers", "slope", "points")
                .orderBy("dataset", "prior", "variant", "fixed_layers").collectAsList();
        assertEquals(expected.size(), slopes.size());
        assertFalse(slopes.isEmpty());
        for (int i = 0; i < expected.size(); i++) {
            for (int k = 0; k < 4; k++) {
                assertEquals(expected.get(i).get(k), slopes.get(i).get(k));
            }
            assertEquals(expected.get(i).getDouble(4), slopes.get(i).getDouble(4),
                    1e-9 * Math.abs(expected.get(i).getDouble(4)));
            assertEquals(expected.get(i).getLong(5), slopes.get(i).getInt(5));
        }
    }

    @Test
    void cellsHoldTheirThetaWhoseIterationRecordsTheReportedVariance() throws Exception {
        Path out = TinyGrid.reference();
        SparkSession spark = TestSpark.session();
        Grid grid = TinyGrid.grid();
        Dataset<Row> cells = table(spark, out, ResultTable.CELLS);
        Dataset<Row> iterations = table(spark, out, ResultTable.ITERATIONS);
        for (Row row : cells.collectAsList()) {
            int qubits = row.getAs("qubits");
            int layers = row.getAs("layers");
            double[][][] t0 = new double[layers][qubits][];
            List<?> l0 = elements(row.getAs("theta0_l0"));
            for (int l = 0; l < layers; l++) {
                List<?> wires = elements(l0.get(l));
                for (int w = 0; w < qubits; w++) {
                    t0[l][w] = doubles(wires.get(w));
                }
            }
            List<?> l1 = elements(row.getAs("theta0_l1"));
            double[][] t1 = {doubles(l1.get(0)), doubles(l1.get(1))};
            double[] t2 = doubles(row.getAs("theta0_l2"));
            QnnParameters theta = QnnParameters.fromTensors(t0, t1, t2);
            assertEquals(ParameterFingerprint.of(theta), row.getAs("theta0_hash"), "stored θ0 is the hashed one");
            assertEquals(GridJson.hash(grid), row.getAs("grid_hash"));
            String id = row.getAs("cell_id");
            if ("adainit".equals(row.getAs("method"))) {
                Row chosen = iterations.where("cell_id = '" + id + "' AND iteration = "
                        + row.<Integer>getAs("selected_iteration")).first();
                assertEquals(row.<String>getAs("theta0_hash"), chosen.getAs("theta0_hash"));
                assertEquals(row.<Double>getAs("variance"), chosen.<Double>getAs("variance"));
                if (!row.<Boolean>getAs("fallback")) {
                    assertEquals(row.<Double>getAs("final_s"), chosen.<Double>getAs("s_after"));
                }
            } else {
                assertEquals(0, (int) row.<Integer>getAs("selected_iteration"));
                assertTrue(row.isNullAt(row.fieldIndex("final_s")));
            }
        }
    }

    @Test
    void everyCellRecordsItsExecutorTaskAttemptAndHost() throws Exception {
        List<Row> rows = table(TestSpark.session(), TinyGrid.reference(), ResultTable.CELLS).select("executor")
                .collectAsList();
        Grid grid = TinyGrid.grid();
        assertEquals(grid.cells().size(), rows.size());
        java.util.Set<String> tasks = new java.util.HashSet<>();
        for (Row row : rows) {
            String executor = row.getString(0);
            assertTrue(executor.matches("driver:\\d+\\.0@" + Pattern.quote(Timing.host())),
                    "local mode runs every task on the driver, first attempt: " + executor);
            tasks.add(executor.substring(0, executor.indexOf('@')));
        }
        Workload.Schedule<Cell> schedule = new AdaInitWorkload(grid, TinyGrid.runner(grid))
                .schedule(grid.cells(), "tiny.yaml");
        int groups = TaskGroups.of(schedule.costs(), schedule.ownTask(), 2).size();
        assertTrue(groups < rows.size(), "the tiny grid's small cells share tasks: " + groups + " tasks");
        assertEquals(groups, tasks.size(), "one task per group of cells, each told apart");
    }

    @Test
    void theInitialisationEnsembleRecordsItsDrawsAndTheirVarianceInTheTables() throws Exception {
        Grid grid = GridReader.parse("ensemble.yaml", TinyGrid.YAML
                .replace("- {method: adainit, generator: embedded}", "- {method: init-ensemble, draws: 6}")
                .replace("- {method: adainit, generator: random}", "")
                .replace("training: {epochs: 2}", "training: {epochs: 2, head: torch-default}"));
        SparkSession spark = TestSpark.session();
        Path out = TinyGrid.freshDirectory("ensemble");
        RunJob.Result result = TinyGrid.run(spark, grid, out, TinyGrid.runner(grid), new StringWriter());
        assertEquals(List.of(), result.failedCells());
        ResultDirectory directory = TinyGrid.directory(spark, out);
        ResultTable.CELLS.read(spark, directory).createOrReplaceTempView("ensemble_cells");
        ResultTable.EPOCHS.read(spark, directory).createOrReplaceTempView("ensemble_epochs");
        List<Row> rows = spark.sql("SELECT c.cell_id, c.variance, c.circuit_z0_variance, c.head_init, "
                + "var_samp(e.tracked_gradient) AS recomputed, count(*) AS draws, max(e.epoch) AS last_epoch "
                + "FROM ensemble_cells c JOIN ensemble_epochs e ON c.cell_id = e.cell_id "
                + "WHERE c.method = 'init-ensemble' GROUP BY c.cell_id, c.variance, c.circuit_z0_variance, c.head_init")
                .collectAsList();
        assertEquals(4, rows.size(), "2 structures x 2 seeds");
        for (Row row : rows) {
            assertEquals(6L, row.<Long>getAs("draws"));
            assertEquals(0, (int) row.<Integer>getAs("last_epoch"), "draws are not trained");
            double variance = row.getAs("variance");
            assertEquals(row.<Double>getAs("recomputed"), variance, 1e-12 * variance,
                    "the cell's variance is the sample variance of its draws' epoch-0 gradients");
            assertTrue(row.<Double>getAs("circuit_z0_variance") > 0);
            assertEquals("torch-default", row.getAs("head_init"));
        }
        assertTrue(spark.sql("SELECT * FROM ensemble_cells WHERE method = 'classic' AND circuit_z0_variance IS NULL")
                .count() == 4);
        assertTheReportSetsBothMetricsBesideTheTwoDesign(spark, out);
    }

    /** The report's init-ensemble table, recomputed here from the cells' rows with the 2-design formula. */
    private static void assertTheReportSetsBothMetricsBesideTheTwoDesign(SparkSession spark, Path out) {
        QueryResult table = ReportBuilder.build(ResultTables.open(spark, out.toString()), "test").sections().stream()
                .filter(s -> s.id().equals("init-ensemble")).findFirst().orElseThrow().items().get(0).data();
        assertEquals(2, table.rows().size(), "one row per structure");
        for (List<Object> row : table.rows()) {
            int qubits = ((Number) table.value(row, "qubits")).intValue();
            String structure = "qubits = " + qubits + " AND layers = " + table.value(row, "layers");
            double circuit = geometricMean(spark, "circuit_z0_variance", "init-ensemble", structure);
            double twoDesign = Math.pow(2, qubits) / (3 * (Math.pow(4, qubits) - 1));
            assertEquals(circuit / twoDesign, table.number(row, "circuit_over_two_design"), 1e-9 * circuit / twoDesign);
            double classic = geometricMean(spark, "variance", "classic", structure);
            assertEquals(classic, table.number(row, "classic_over_epochs_geo_mean"), 1e-9 * classic);
        }
    }

    private static double geometricMean(SparkSession spark, String column, String method, String structure) {
        List<Row> values = spark.sql("SELECT " + column + " FROM ensemble_cells WHERE method = '" + method + "' AND "
                + structure).collectAsList();
        assertEquals(2, values.size(), "two seeds of " + method + " at " + structure);
        return Math.sqrt(values.get(0).getDouble(0) * values.get(1).getDouble(0));
    }

    @Test
    void theScoringHeadAndTheProposalSupportAreRecordedWithTheThetaThatWasTrained() throws Exception {
        Grid grid = GridReader.parse("isolating.yaml", TinyGrid.YAML
                .replace("- {method: adainit, generator: random}",
                        "- {method: adainit, generator: embedded, support: prior}")
                .replace("training: {epochs: 2}", "training: {epochs: 2, scoring_head: normalised}"));
        SparkSession spark = TestSpark.session();
        Path out = TinyGrid.freshDirectory("isolating");
        RunJob.Result result = TinyGrid.run(spark, grid, out, TinyGrid.runner(grid), new StringWriter());
        assertEquals(List.of(), result.failedCells());
        List<Row> rows = table(spark, out, ResultTable.CELLS)
                .selectExpr("cell_id", "method", "scoring_head", "proposal_support", "theta0_l0", "theta0_l1")
                .collectAsList();
        assertEquals(grid.cells().size(), rows.size());
        int inSupport = 0;
        for (Row row : rows) {
            String id = row.getAs("cell_id");
            assertEquals("normalised", row.getAs("scoring_head"), id);
            double squares = 0;
            int weights = 0;
            for (Object classRow : elements(row.getAs("theta0_l1"))) {
                for (double w : doubles(classRow)) {
                    squares += w * w;
                    weights++;
                }
            }
            assertEquals(1.0, Math.sqrt(squares / weights), 1e-12, id + ": the recorded θ0 is the one trained");
            String support = row.getAs("proposal_support");
            if (id.endsWith(".adainit-embedded-prior-support")) {
                assertEquals("prior", support);
                inSupport++;
                for (Object layer : elements(row.getAs("theta0_l0"))) {
                    for (Object wire : elements(layer)) {
                        for (double angle : doubles(wire)) {
                            assertTrue(angle >= 0 && angle <= 1, id + " proposed " + angle + " outside U(0, 1)");
                        }
                    }
                }
            } else if (id.endsWith(".adainit-embedded")) {
                assertEquals("free", support);
            } else {
                assertEquals("classic", row.getAs("method"));
                assertEquals(null, support, id + ": a baseline has no generator");
            }
        }
        assertEquals(4, inSupport, "2 structures x 2 seeds");
        assertEquals(Set.of("trained"), Set.copyOf(table(spark, TinyGrid.reference(), ResultTable.CELLS)
                .selectExpr("scoring_head").as(Encoders.STRING()).collectAsList()), "the default");
    }

    @Test
    void progressNamesEveryCellAndASecondRunComputesNothing() throws Exception {
        String output = TinyGrid.referenceOutput();
        int total = TinyGrid.grid().cells().size();
        Matcher progress = Pattern.compile("^\\[\\s*(\\d+)/" + total + "] ok ", Pattern.MULTILINE).matcher(output);
        int lines = 0;
        while (progress.find()) {
            lines++;
        }
        assertEquals(total, lines, output);
        assertTrue(output.contains("[" + total + "/" + total + "]"), output);
        assertTrue(output.contains("curves: variance"), output);

        Grid grid = TinyGrid.grid();
        StringWriter again = new StringWriter();
        RunJob.Result result = TinyGrid.run(TestSpark.session(), grid, TinyGrid.reference(),
                ScriptedRunners.counting("second-run", TinyGrid.runner(grid)), again);
        assertEquals(0, ScriptedRunners.invocations("second-run"));
        assertEquals(0, result.ran());
        assertEquals(total, result.skipped());
        assertTrue(again.toString().startsWith("all " + total + " cells already done"), again.toString());
        assertTrue(again.toString().contains("tables in " + "file:" + TinyGrid.reference() + " are up to date"),
                again.toString());
    }

    @Test
    void aGridWithoutSearchesStillHasEveryTableSomeOfThemEmpty() throws Exception {
        Grid grid = GridReader.parse("baselines.yaml",
                TinyGrid.YAML.replace("- {method: adainit, generator: embedded}", "- gainit")
                        .replace("- {method: adainit, generator: random}", ""));
        SparkSession spark = TestSpark.session();
        Path out = TinyGrid.freshDirectory("baselines");
        RunJob.Result result = TinyGrid.run(spark, grid, out, TinyGrid.runner(grid), new StringWriter());
        assertEquals(List.of(), result.failedCells());
        ResultDirectory directory = TinyGrid.directory(spark, out);
        assertEquals(0, ResultTable.ITERATIONS.read(spark, directory).count());
        assertEquals(grid.cells().size() * (grid.training().epochs() + 1),
                ResultTable.EPOCHS.read(spark, directory).count());
        assertEquals(List.of("classic", "gainit"), ResultTable.CELLS.read(spark, directory).select("method")
                .distinct().orderBy("method").collectAsList().stream().map(r -> r.getString(0)).toList());
    }

    static Dataset<Row> table(SparkSession spark, Path out, ResultTable table) {
        return spark.read().parquet(out.resolve(table.tableName()).toString());
    }

    /** The elements of an array column value (Spark hands out Scala sequences). */
    private static List<?> elements(Object value) {
        return scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) value);
    }

    private static double[] doubles(Object value) {
        return elements(value).stream().mapToDouble(v -> (Double) v).toArray();
    }
}
