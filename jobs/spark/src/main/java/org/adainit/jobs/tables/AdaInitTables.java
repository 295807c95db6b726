package org.adainit.jobs.tables;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adainit.jobs.print.OutputFormat;
import org.adainit.jobs.print.ResultPrinter;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The tables of an AdaInit grid ({@link ResultTable}) and the report that prints its curves and slopes. */
public final class AdaInitTables implements TableSet {

    /** Enough rows for the curves of every shipped grid but Fig. 7 (which is better queried with SQL). */
    static final int MAX_ROWS = 500;

    /**
     * The report is printed from the rows the build has just written: the same rows the tables hold, in the order
     * the tables sorted by the same columns would give, without a Spark query on rows the driver already has.
     */
    @Override
    public Built build(SparkSession spark, ResultDirectory directory, CellStore store) {
        TableBuilder.Written written = TableBuilder.build(spark, directory, store);
        Map<String, Long> counts = new LinkedHashMap<>();
        written.counts().forEach((table, count) -> counts.put(table.tableName(), count));
        return new Built(counts, (tables, report) -> report(written, report));
    }

    /** Plans the cells table's write: the widest table, with the most kinds of column (nested arrays among them). */
    @Override
    public void prepare(SparkSession spark) {
        TableFiles.plan(spark, ResultTable.CELLS, "cell_id");
    }

    /** Prints the curves, the slopes and comparisons when the grid has any, and the failed cells. */
    static void report(TableBuilder.Written written, PrintWriter report) {
        print(report, "curves: variance of dE/dl0[0,0,0] over seeds (std: sample, ddof 1; geometric mean x/÷ geometric "
                + "std; CI: of the geometric mean, Student t on ln v)", true, written.rows(ResultTable.CURVES)
                .orderBy("dataset", "prior", "variant", "layers", "qubits")
                .select("dataset", "prior", "variant", "qubits", "layers", "n", "fallbacks", "mean", "std",
                        "geo_mean", "geo_std", "ci95_low", "ci95_high"));
        print(report, "slopes of ln(variance) against qubits (fixed layers) and against layers (fixed qubits), with "
                + "the 95% CI; theory: -ln 2 per qubit and the 2-design value's slope", false,
                written.rows(ResultTable.SLOPES).orderBy("dataset", "prior", "variant", "axis")
                        .select("dataset", "prior", "variant", "axis", "fixed_qubits", "fixed_layers", "points",
                                "slope", "slope_stderr", "slope_ci95_low", "slope_ci95_high", "theory_slope",
                                "two_design_slope"));
        DriverTable comparisons = written.rows(ResultTable.COMPARISONS);
        int[] structure = comparisons.columns(List.of("qubits", "layers", "layers_per_qubit"));
        print(report, "comparisons over all structures: geometric-mean ratio A/B over matched cells, bootstrap 95% "
                + "CI, wins/pairs, Wilcoxon signed-rank p (per structure: the comparisons table)", false,
                comparisons.where(row -> allNull(row, structure))
                        .orderBy("dataset", "prior", "variant_a", "variant_b")
                        .select("dataset", "prior", "variant_a", "variant_b", "pairs", "wins", "geomean_ratio",
                                "ratio_ci95_low", "ratio_ci95_high", "wilcoxon_p", "fallbacks_a"));
        report.println();
        FailedCells.print(written.rows(ResultTable.CELLS), report);
    }

    /**
     * A titled table of the report.
     *
     * @param whenEmpty printed even without rows
     */
    private static void print(PrintWriter report, String title, boolean whenEmpty, DriverTable table) {
        if (table.rows().isEmpty() && !whenEmpty) {
            return;
        }
        report.println();
        report.println(title);
        new ResultPrinter(OutputFormat.TABLE, MAX_ROWS).print(table.schema().fieldNames(), table.rows(), report);
    }

    private static boolean allNull(Row row, int[] columns) {
        for (int column : columns) {
            if (!row.isNullAt(column)) {
                return false;
            }
        }
        return true;
    }
}
