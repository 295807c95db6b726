package org.adainit.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adainit.jobs.pipeline.TinyGrid;
import org.adainit.jobs.print.OutputFormat;
import org.adainit.jobs.print.PrintedText;
import org.adainit.jobs.print.ResultPrinter;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * The report a run and {@code aggregate} print, made from the rows a build of a real run's cells has just written:
 * the same text Spark's queries on the written tables print.
 */
class AdaInitReportTest {

    private static final String CURVES = "curves: variance";
    private static final String SLOPES = "slopes of ln(variance)";
    private static final String COMPARISONS = "comparisons over all structures";

    /** Builds the tables of the reference run's cells into a fresh directory; returns the build. */
    private static TableSet.Built build(SparkSession spark, Path out) throws Exception {
        CellStore store = new CellStore(TinyGrid.directory(spark, TinyGrid.reference()));
        return new AdaInitTables().build(spark, TinyGrid.directory(spark, out), store);
    }

    private static String report(TableSet.Built built, ResultDirectory directory) {
        return PrintedText.of(report -> built.report().accept(directory, report));
    }

    /** The row counts the printed tables end with ("(12 rows)"), in order. */
    private static List<Long> printedCounts(String report) {
        Matcher counts = Pattern.compile("^\\((\\d+) rows?\\)$", Pattern.MULTILINE).matcher(report);
        return counts.results().map(m -> Long.parseLong(m.group(1))).toList();
    }

    private static Dataset<Row> table(SparkSession spark, Path out, ResultTable table) {
        return table.read(spark, TinyGrid.directory(spark, out));
    }

    /** A table of the report as Spark's query on the written table prints it. */
    private static String queried(Dataset<Row> query) {
        return PrintedText.of(out -> new ResultPrinter(OutputFormat.TABLE, AdaInitTables.MAX_ROWS).print(query, out));
    }

    @Test
    void theReportPrintsWhatQueriesOnTheWrittenTablesPrint() throws Exception {
        SparkSession spark = TestSpark.session();
        Path out = TinyGrid.freshDirectory("report-from-rows");
        String report = report(build(spark, out), TinyGrid.directory(spark, out));

        int curves = report.indexOf(CURVES);
        int slopes = report.indexOf(SLOPES);
        int comparisons = report.indexOf(COMPARISONS);
        int closing = report.indexOf("all cells ok");
        assertTrue(curves >= 0 && curves < slopes && slopes < comparisons && comparisons < closing, report);
        assertTrue(report.contains(queried(table(spark, out, ResultTable.CURVES).selectExpr("dataset", "prior",
                "variant", "qubits", "layers", "n", "fallbacks", "mean", "std", "geo_mean", "geo_std", "ci95_low",
                "ci95_high").orderBy("dataset", "prior", "variant", "layers", "qubits"))), report);
        assertTrue(report.contains(queried(table(spark, out, ResultTable.SLOPES).selectExpr("dataset", "prior",
                "variant", "axis", "fixed_qubits", "fixed_layers", "points", "slope", "slope_stderr",
                "slope_ci95_low", "slope_ci95_high", "theory_slope", "two_design_slope")
                .orderBy("dataset", "prior", "variant", "axis"))), report);
        Dataset<Row> overAll = table(spark, out, ResultTable.COMPARISONS)
                .where("qubits IS NULL AND layers IS NULL AND layers_per_qubit IS NULL");
        assertTrue(report.contains(queried(overAll.selectExpr("dataset", "prior", "variant_a", "variant_b", "pairs",
                "wins", "geomean_ratio", "ratio_ci95_low", "ratio_ci95_high", "wilcoxon_p", "fallbacks_a")
                .orderBy("dataset", "prior", "variant_a", "variant_b"))), report);
        assertEquals(List.of(table(spark, out, ResultTable.CURVES).count(), table(spark, out, ResultTable.SLOPES)
                .count(), overAll.count()), printedCounts(report));
        assertTrue(printedCounts(report).stream().allMatch(rows -> rows > 0), report);
    }

    @Test
    void aGridWithoutSlopesOrComparisonsLeavesTheirSectionsOut() throws Exception {
        SparkSession spark = TestSpark.session();
        Path out = TinyGrid.freshDirectory("report-without-slopes");
        TableBuilder.Written built = TableBuilder.build(spark, TinyGrid.directory(spark, out),
                new CellStore(TinyGrid.directory(spark, TinyGrid.reference())));
        Map<ResultTable, DriverTable> rows = new LinkedHashMap<>();
        for (ResultTable table : List.of(ResultTable.CELLS, ResultTable.CURVES)) {
            rows.put(table, built.rows(table));
        }
        for (ResultTable table : List.of(ResultTable.SLOPES, ResultTable.COMPARISONS)) {
            rows.put(table, new DriverTable(table.rowSchema(), List.of()));
        }
        String report = PrintedText.of(text -> AdaInitTables.report(TableBuilder.Written.of(rows), text));

        assertTrue(report.contains(CURVES), report);
        assertFalse(report.contains(SLOPES), report);
        assertFalse(report.contains(COMPARISONS), report);
        assertTrue(report.strip().endsWith("all cells ok"), report);
        assertEquals(List.of((long) built.rows(ResultTable.CURVES).rows().size()), printedCounts(report));
    }
}
