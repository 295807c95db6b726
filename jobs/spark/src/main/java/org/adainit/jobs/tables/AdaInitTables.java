package org.adainit.jobs.tables;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.adainit.jobs.print.OutputFormat;
import org.adainit.jobs.print.PrintedText;
import org.adainit.jobs.print.ResultPrinter;
import org.adainit.jobs.spark.Concurrently;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The tables of an AdaInit grid ({@link ResultTable}) and the report that prints its curves and slopes. */
public final class AdaInitTables implements TableSet {

    /** Enough rows for the curves of every shipped grid but Fig. 7 (which is better queried with SQL). */
    static final int MAX_ROWS = 500;

    @Override
    public Map<String, Long> build(SparkSession spark, ResultDirectory directory, CellStore store) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TableBuilder.build(spark, directory, store).forEach((table, count) -> counts.put(table.tableName(), count));
        return counts;
    }

    /**
     * The sections query their tables at once (each query is a few small Spark jobs, whose latency would otherwise add
     * up) and are printed in this order; the slopes and comparisons are left out when the grid has none.
     */
    @Override
    public void report(SparkSession spark, ResultDirectory directory, PrintWriter report) {
        List<Section> sections = List.of(
                new Section("curves: variance of dE/dl0[0,0,0] over seeds (std: sample, ddof 1; geometric mean x/÷ "
                        + "geometric std; CI: of the geometric mean, Student t on ln v)", true,
                        () -> table(spark, directory, ResultTable.CURVES).selectExpr("dataset", "prior", "variant",
                                "qubits", "layers", "n", "fallbacks", "mean", "std", "geo_mean", "geo_std",
                                "ci95_low", "ci95_high").orderBy("dataset", "prior", "variant", "layers", "qubits")),
                new Section("slopes of ln(variance) against qubits (fixed layers) and against layers (fixed qubits), "
                        + "with the 95% CI; theory: -ln 2 per qubit and the 2-design value's slope", false,
                        () -> table(spark, directory, ResultTable.SLOPES).selectExpr("dataset", "prior", "variant",
                                "axis", "fixed_qubits", "fixed_layers", "points", "slope", "slope_stderr",
                                "slope_ci95_low", "slope_ci95_high", "theory_slope", "two_design_slope")
                                .orderBy("dataset", "prior", "variant", "axis")),
                new Section("comparisons over all structures: geometric-mean ratio A/B over matched cells, bootstrap "
                        + "95% CI, wins/pairs, Wilcoxon signed-rank p (per structure: the comparisons table)", false,
                        () -> table(spark, directory, ResultTable.COMPARISONS)
                                .where("qubits IS NULL AND layers IS NULL AND layers_per_qubit IS NULL")
                                .selectExpr("dataset", "prior", "variant_a", "variant_b", "pairs", "wins",
                                        "geomean_ratio", "ratio_ci95_low", "ratio_ci95_high", "wilcoxon_p",
                                        "fallbacks_a")
                                .orderBy("dataset", "prior", "variant_a", "variant_b")));
        List<Supplier<String>> texts = new ArrayList<>();
        sections.forEach(section -> texts.add(section::text));
        texts.add(() -> PrintedText.of(failed -> {
            failed.println();
            FailedCells.print(table(spark, directory, ResultTable.CELLS), failed);
        }));
        Concurrently.map(texts, texts.size(), Supplier::get).forEach(report::print);
    }

    /**
     * A titled table of the report.
     *
     * @param whenEmpty printed even without rows
     */
    private record Section(String title, boolean whenEmpty, Supplier<Dataset<Row>> query) {

        String text() {
            StringWriter table = new StringWriter();
            PrintWriter out = new PrintWriter(table);
            int rows = new ResultPrinter(OutputFormat.TABLE, MAX_ROWS).print(query.get(), out);
            out.flush();
            return rows == 0 && !whenEmpty ? "" : System.lineSeparator() + title + System.lineSeparator() + table;
        }
    }

    private static Dataset<Row> table(SparkSession spark, ResultDirectory directory, ResultTable table) {
        return table.read(spark, directory);
    }
}
