package org.adainit.jobs.tables.diagnosis;

import org.adainit.jobs.diagnosis.PointSamples;
import org.adainit.jobs.diagnosis.ZhangSummary;
import org.adainit.jobs.diagnosis.McCleanSummary;
import org.adainit.jobs.outcome.DiagnosticOutcome;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adainit.jobs.grid.GridKind;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.print.OutputFormat;
import org.adainit.jobs.print.ResultPrinter;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.tables.CommittedOutcomes;
import org.adainit.jobs.tables.FailedCells;
import org.adainit.jobs.tables.TableFiles;
import org.adainit.jobs.tables.TableSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The tables of a McClean or Zhang grid, rebuilt from the committed cells (read by the driver, see
 * {@link CommittedOutcomes}): the cells themselves, every sample, and per point, per series and per qubit count
 * the reductions (a few doubles per sample). A point enters the reductions with the samples of its finished cells, and
 * only with two or more.
 */
public final class DiagnosticTables implements TableSet {

    /** Rows the report prints per table. */
    static final int MAX_ROWS = 500;
    /** Depth rules in numeric order: "5" before "10n" before "120". */
    private static final String DEPTH_ORDER = "int(regexp_replace(depth, 'n$', ''))";

    private final GridKind kind;

    public DiagnosticTables(GridKind kind) {
        if (kind == GridKind.ADAINIT) {
            throw new IllegalArgumentException("adainit grids have their own tables");
        }
        this.kind = kind;
    }

    @Override
    public Built build(SparkSession spark, ResultDirectory directory, CellStore store) {
        try {
            List<DiagnosticOutcome> outcomes = CommittedOutcomes.read(store, DiagnosticOutcome.class);
            Map<String, Long> counts = new LinkedHashMap<>();
            write(spark, counts, directory, DiagnosticTable.DIAGNOSTIC_CELLS,
                    outcomes.stream().map(DiagnosticCellsTable::row).toList(), DiagnosticCellsTable.SCHEMA,
                    "cell_id");
            List<DiagnosticOutcome> finished = outcomes.stream().filter(o -> o.status() == CellStatus.OK).toList();
            List<PointSamples.CellValues> values =
                    finished.stream().map(o -> new PointSamples.CellValues(o.cell(), o.values())).toList();
            List<PointSamples> points = PointSamples.join(values);
            // Every cell of a grid carries the grid's seed.
            long seed = values.isEmpty() ? 0 : values.get(0).cell().seed();
            if (kind == GridKind.MCCLEAN) {
                buildMcClean(spark, directory, counts, finished, points, seed);
            } else {
                buildZhang(spark, directory, counts, finished, points, seed);
            }
            return new Built(counts, (tables, report) -> report(spark, tables, report));
        } catch (Exception e) {
            throw TableFiles.explained(e);
        }
    }

    /** Prints the points, slopes and plateaus of the tables, read back from {@code directory}, and the failed cells. */
    private void report(SparkSession spark, ResultDirectory directory, PrintWriter report) {
        ResultPrinter printer = new ResultPrinter(OutputFormat.TABLE, MAX_ROWS);
        if (kind == GridKind.MCCLEAN) {
            report.println();
            report.println("mcclean: Var[dE/dtheta(1,1)] of <Z1Z2> per point, next to the 2-design value "
                    + "2^n/(3(4^n-1)) (variance_stderr from the sample kurtosis)");
            printer.print(table(spark, directory, DiagnosticTable.MCCLEAN).selectExpr("depth", "qubits", "layers",
                    "samples", "variance", "variance_stderr", "prediction", "ratio", "at_prediction")
                    .orderBy("qubits", "layers", "depth"), report);
            printIfAny(printer, report, table(spark, directory, DiagnosticTable.MCCLEAN_SLOPES).selectExpr("depth",
                    "points", "x_min", "x_max", "slope", "slope_stderr", "slope_ci95_low", "slope_ci95_high", "predicted_slope",
                    "paper_slope")
                    .orderBy(functions.expr(DEPTH_ORDER), functions.col("depth")),
                    "slopes of ln Var against n per depth series (McClean Fig. 3: -0.685)");
            printIfAny(printer, report, table(spark, directory, DiagnosticTable.MCCLEAN_PLATEAUS),
                    "plateaus: the depth from which every deeper point is at the 2-design value (within 3 "
                            + "standard errors)");
        } else {
            report.println();
            report.println("zhang: E[Delta]/w(H) per point, the exact value where known, Theorem 1 and Proposition 2");
            printer.print(table(spark, directory, DiagnosticTable.ZHANG).selectExpr("task", "part", "design", "depth",
                    "qubits", "samples", "mean_ratio", "std_ratio", "prediction", "theorem1_bound",
                    "proposition2_bound"), report);
            printIfAny(printer, report, table(spark, directory, DiagnosticTable.ZHANG_SLOPES).selectExpr("task",
                    "part", "design", "depth", "points", "slope", "slope_stderr", "slope_ci95_low", "slope_ci95_high",
                    "theory_slope"),
                    "slopes of ln(E[Delta]/w) against n per legend (theory: -ln2/2 vqe, qae; -ln2 qsl)");
        }
        report.println();
        FailedCells.print(table(spark, directory, DiagnosticTable.DIAGNOSTIC_CELLS), report);
    }

    private static void buildMcClean(SparkSession spark, ResultDirectory directory, Map<String, Long> counts,
            List<DiagnosticOutcome> finished, List<PointSamples> points, long seed) {
        write(spark, counts, directory, DiagnosticTable.MCCLEAN_SAMPLES,
                finished.stream().flatMap(o -> McCleanTables.sampleRows(o.cell(), o.values()).stream()).toList(),
                McCleanTables.SAMPLES, "depth", "qubits", "layers", "sample");
        List<McCleanSummary> summaries = new ArrayList<>();
        for (PointSamples samples : points) {
            if (samples.values().length >= 2) {
                summaries.add(McCleanSummary.of(samples));
            }
        }
        write(spark, counts, directory, DiagnosticTable.MCCLEAN,
                summaries.stream().map(s -> McCleanTables.pointRow(s, seed)).toList(), McCleanTables.POINTS,
                "qubits", "layers", "depth");
        write(spark, counts, directory, DiagnosticTable.MCCLEAN_SLOPES,
                McCleanSummary.slopes(summaries).stream().map(McCleanTables::slopeRow).toList(),
                McCleanTables.SLOPES, "depth");
        write(spark, counts, directory, DiagnosticTable.MCCLEAN_PLATEAUS,
                McCleanSummary.plateaus(summaries).stream().map(McCleanTables::plateauRow).toList(),
                McCleanTables.PLATEAUS, "qubits");
    }

    private static void buildZhang(SparkSession spark, ResultDirectory directory, Map<String, Long> counts,
            List<DiagnosticOutcome> finished, List<PointSamples> points, long seed) {
        write(spark, counts, directory, DiagnosticTable.ZHANG_SAMPLES,
                finished.stream().flatMap(o -> ZhangTables.sampleRows(o.cell(), o.values()).stream()).toList(),
                ZhangTables.SAMPLES, "task", "part", "design", "depth", "qubits", "sample");
        List<ZhangSummary> summaries = new ArrayList<>();
        for (PointSamples samples : points) {
            if (samples.values().length >= 2) {
                summaries.add(ZhangSummary.of(samples));
            }
        }
        write(spark, counts, directory, DiagnosticTable.ZHANG,
                summaries.stream().map(s -> ZhangTables.pointRow(s, seed)).toList(), ZhangTables.POINTS,
                "task", "part", "design", "depth", "qubits");
        write(spark, counts, directory, DiagnosticTable.ZHANG_SLOPES,
                ZhangSummary.slopes(summaries).stream().map(ZhangTables::slopeRow).toList(), ZhangTables.SLOPES,
                "task", "part", "design", "depth");
    }

    private static void write(SparkSession spark, Map<String, Long> counts, ResultDirectory directory,
            DiagnosticTable table, List<Row> rows, StructType schema, String... order) {
        TableFiles.write(directory, table.tableName(), List.of(), spark.createDataFrame(rows, schema), order);
        counts.put(table.tableName(), (long) rows.size());
    }

    private static void printIfAny(ResultPrinter printer, PrintWriter report, Dataset<Row> rows, String title) {
        if (!rows.isEmpty()) {
            report.println();
            report.println(title);
            printer.print(rows, report);
        }
    }

    private static Dataset<Row> table(SparkSession spark, ResultDirectory directory, DiagnosticTable table) {
        return spark.read().schema(table.schema()).parquet(directory.table(table.tableName()));
    }
}
