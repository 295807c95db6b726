package org.adainit.jobs.diagnose;

import org.adainit.jobs.tables.diagnosis.DiagnosticTable;
import org.adainit.jobs.diagnosis.CellToDiagnose;
import org.adainit.jobs.diagnosis.LandscapeRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.datasets.Dataset;
import org.adainit.jobs.grid.GridKind;
import org.adainit.jobs.grid.Method;
import org.adainit.jobs.grid.TrainingSpec;
import org.adainit.jobs.pipeline.Manifest;
import org.adainit.jobs.search.ClassicBaseline;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.tables.ResultTable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * {@code diagnose}: for chosen cells of an AdaInit run, the loss landscape around θ0* (one Spark task per α row) and
 * the gradient-magnitude distributions of the training from θ0* (one task per cell, retrained with the seed the run
 * used and checked against its recorded epochs). Writes {@code landscape}, {@code gradient_distribution} and
 * {@code gradient_histogram} into the run's directory, partitioned by cell, replacing only the diagnosed cells.
 */
public final class CellDiagnosisJob {

    /**
     * @param dataDirectory the dataset folder, resolved on the driver; executors read the same path
     */
    public record Request(List<String> cellIds, LandscapeRequest landscape, String dataDirectory) {}

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private CellDiagnosisJob() {}

    public static void run(SparkSession spark, ResultDirectory directory, Request request, PrintWriter out) {
        GridKind kind = Manifest.kind(directory);
        if (kind != GridKind.ADAINIT) {
            throw new InputException("--out " + directory.uri() + (kind == null ? " holds no run" : " holds a "
                    + kind.externalName() + " grid") + "; diagnose looks at the cells of an adainit run");
        }
        TrainingSpec training = training(directory);
        List<CellToDiagnose> cells = cells(spark, directory, request.cellIds());
        List<DiagnosisTask> tasks = new ArrayList<>();
        for (CellToDiagnose cell : cells) {
            try {
                request.landscape().directions(cell.theta0().shape());
            } catch (IllegalArgumentException e) {
                throw new InputException("--directions for cell " + cell.cellId() + ": " + e.getMessage());
            }
            tasks.add(new DiagnosisTask(cell, true, 0, 0));
            for (int row = 0; row < request.landscape().points(); row++) {
                tasks.add(new DiagnosisTask(cell, false, row, row + 1));
            }
        }
        LandscapeRequest landscape = request.landscape();
        String data = request.dataDirectory();
        spark.sparkContext().setJobDescription("adainit diagnose: " + cells.size() + " cells, " + tasks.size()
                + " tasks");
        List<DiagnosisTask.Output> outputs;
        try {
            outputs = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .parallelize(tasks, tasks.size())
                    .map(task -> task.run(data, landscape, training))
                    .collect();
        } finally {
            spark.sparkContext().setJobDescription(null);
        }
        List<Row> landscapeRows = new ArrayList<>();
        List<Row> distributionRows = new ArrayList<>();
        List<Row> histogramRows = new ArrayList<>();
        for (DiagnosisTask.Output output : outputs) {
            landscapeRows.addAll(output.landscape());
            distributionRows.addAll(output.distribution());
            histogramRows.addAll(output.histogram());
            if (output.mismatch() != null) {
                out.println("warning: " + output.mismatch());
            }
        }
        write(spark, directory, DiagnosticTable.LANDSCAPE, landscapeRows);
        write(spark, directory, DiagnosticTable.GRADIENT_DISTRIBUTION, distributionRows);
        write(spark, directory, DiagnosticTable.GRADIENT_HISTOGRAM, histogramRows);
        summarise(cells, landscapeRows, distributionRows, out);
        out.println("tables in " + directory.uri() + ": landscape, gradient_distribution, gradient_histogram (cells "
                + String.join(", ", request.cellIds()) + " replaced)");
        out.flush();
    }

    /** The grid's training settings, from the manifest's copy of the grid. */
    private static TrainingSpec training(ResultDirectory directory) {
        try {
            return JSON.treeToValue(Manifest.grid(directory).path("training"), TrainingSpec.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InputException(directory.uri() + "/" + ResultDirectory.MANIFEST + ": field 'grid.training' is "
                    + "not readable (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static List<CellToDiagnose> cells(SparkSession spark, ResultDirectory directory, List<String> ids) {
        for (ResultTable table : List.of(ResultTable.CELLS, ResultTable.EPOCHS)) {
            if (!directory.exists(table.tableName())) {
                throw new InputException("--out " + directory.uri() + " has no " + table.tableName() + " table; run "
                        + "'adainit aggregate --out DIR' after an interrupted run");
            }
        }
        Object[] wanted = ids.toArray();
        Map<String, Row> found = new LinkedHashMap<>();
        for (Row row : ResultTable.CELLS.read(spark, directory)
                .where(functions.col("cell_id").isin(wanted))
                .selectExpr("cell_id", "dataset", "qubits", "layers", "status", "error", "method",
                        "selected_iteration", "cell_seed", "split_seed",
                        "concat(flatten(flatten(theta0_l0)), flatten(theta0_l1), theta0_l2) AS theta")
                .collectAsList()) {
            found.put(row.getString(0), row);
        }
        TreeSet<String> missing = new TreeSet<>(ids);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            throw new InputException("--cell " + String.join(", ", missing) + ": no such cell in " + directory.uri()
                    + " (list them with: adainit sql --out DIR \"SELECT cell_id FROM cells\")");
        }
        Map<String, Long> searchSeeds = searchTrainingSeeds(spark, directory, wanted);
        Map<String, double[]> recorded = recordedGradients(spark, directory, found);
        List<CellToDiagnose> cells = new ArrayList<>();
        for (String id : ids) {
            Row row = found.get(id);
            if (row.isNullAt(10)) {
                throw new InputException("--cell " + id + ": the cell has no θ0* (status " + row.getString(4)
                        + (row.isNullAt(5) ? "" : ": " + row.getString(5)) + ")");
            }
            boolean search = Method.ADAINIT.externalName().equals(row.getString(6));
            long cellSeed = row.getLong(8);
            Long trainingSeed = search ? searchSeeds.get(id) : Long.valueOf(ClassicBaseline.trainingSeed(cellSeed));
            if (trainingSeed == null) {
                throw new InputException("--cell " + id + ": the iterations table has no row for its selected "
                        + "iteration " + row.get(7));
            }
            List<Double> theta = row.getList(10);
            cells.add(new CellToDiagnose(id, Dataset.parse(row.getString(1)), row.getInt(2), row.getInt(3),
                    row.getLong(9), trainingSeed, theta.stream().mapToDouble(Double::doubleValue).toArray(),
                    recorded.getOrDefault(id, new double[0])));
        }
        return cells;
    }

    /** The training seed of each search cell's selected iteration. */
    private static Map<String, Long> searchTrainingSeeds(SparkSession spark, ResultDirectory directory,
            Object[] wanted) {
        Map<String, Long> seeds = new HashMap<>();
        if (!directory.exists(ResultTable.ITERATIONS.tableName())) {
            return seeds;
        }
        ResultTable.ITERATIONS.read(spark, directory).alias("i")
                .join(ResultTable.CELLS.read(spark, directory).alias("c"),
                        functions.expr("i.cell_id = c.cell_id AND i.iteration = c.selected_iteration"))
                .where(functions.col("c.cell_id").isin(wanted))
                .selectExpr("c.cell_id", "i.training_seed")
                .collectAsList()
                .forEach(row -> seeds.put(row.getString(0), row.getLong(1)));
        return seeds;
    }

    /** ∂E/∂l0[0,0,0] per epoch of the training that produced each cell's recorded variance. */
    private static Map<String, double[]> recordedGradients(SparkSession spark, ResultDirectory directory,
            Map<String, Row> cells) {
        Map<String, List<Double>> byCell = new HashMap<>();
        ResultTable.EPOCHS.read(spark, directory).alias("e")
                .join(ResultTable.CELLS.read(spark, directory).alias("c"),
                        functions.expr("e.cell_id = c.cell_id AND e.iteration = c.selected_iteration"))
                .where(functions.col("c.cell_id").isin(cells.keySet().toArray()))
                .where(functions.col("e.epoch").geq(1))
                .selectExpr("c.cell_id", "e.epoch", "e.tracked_gradient")
                .orderBy("cell_id", "epoch")
                .collectAsList()
                .forEach(row -> byCell.computeIfAbsent(row.getString(0), id -> new ArrayList<>())
                        .add(row.getDouble(2)));
        Map<String, double[]> recorded = new HashMap<>();
        byCell.forEach((id, values) -> recorded.put(id, values.stream().mapToDouble(Double::doubleValue).toArray()));
        return recorded;
    }

    private static void write(SparkSession spark, ResultDirectory directory, DiagnosticTable table, List<Row> rows) {
        StructType schema = table.schema();
        spark.createDataFrame(rows, schema)
                .coalesce(1)
                .sortWithinPartitions("cell_id", schema.fieldNames()[1])
                .write()
                .mode(SaveMode.Overwrite)
                .option("partitionOverwriteMode", "dynamic")
                .partitionBy("cell_id")
                .parquet(directory.table(table.tableName()));
    }

    /** Per cell: how much the loss moves over the slice, and the median circuit-gradient magnitude early and late. */
    private static void summarise(List<CellToDiagnose> cells, List<Row> landscape, List<Row> distribution,
            PrintWriter out) {
        out.printf(Locale.ROOT, "%-48s %10s %10s %10s %14s %14s%n", "cell", "loss min", "loss max", "range",
                "|grad| ep 1", "|grad| last");
        for (CellToDiagnose cell : cells) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Row row : landscape) {
                if (row.getString(0).equals(cell.cellId())) {
                    min = Math.min(min, row.getDouble(5));
                    max = Math.max(max, row.getDouble(5));
                }
            }
            double first = Double.NaN;
            double last = Double.NaN;
            int lastEpoch = 0;
            for (Row row : distribution) {
                if (row.getString(0).equals(cell.cellId()) && "circuit".equals(row.getString(2))) {
                    if (row.getInt(1) == 1) {
                        first = row.getDouble(8);
                    }
                    if (row.getInt(1) > lastEpoch) {
                        lastEpoch = row.getInt(1);
                        last = row.getDouble(8);
                    }
                }
            }
            out.printf(Locale.ROOT, "%-48s %10.4g %10.4g %10.3g %14.3e %14.3e%n", cell.cellId(), min, max, max - min,
                    first, last);
        }
    }
}
