package org.adainit.jobs.pipeline;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.sql.OutputFormat;
import org.adainit.jobs.sql.ResultPrinter;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.tables.ResultTable;
import org.adainit.jobs.tables.TableBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The end of {@code run} and all of {@code aggregate}: build the tables from the committed cells, print the curves,
 * the slopes and the failed cells, and keep that report beside the tables so a run with nothing left to do can print
 * it without starting Spark.
 */
public final class Aggregation {

    /** The last report, valid while the tables are up to date. */
    static final String REPORT = "_report.txt";
    /** Enough rows for the curves of every shipped grid but Fig. 7 (which is better queried with SQL). */
    static final int MAX_ROWS = 500;

    private final ResultDirectory directory;
    private final PrintWriter out;

    public Aggregation(ResultDirectory directory, PrintWriter out) {
        this.directory = directory;
        this.out = out;
    }

    /** Builds every table from {@code committed}, then prints and keeps the report. */
    public void build(SparkSession spark, CellStore store, Map<String, CellStatus> committed) {
        Map<ResultTable, Long> rows = TableBuilder.build(spark, directory, store, committed);
        List<String> counts = new ArrayList<>();
        rows.forEach((table, count) -> counts.add(table.tableName() + " " + count));
        out.println("tables in " + directory.uri() + ": " + String.join(", ", counts) + " rows");
        String report = report(spark);
        directory.writeAtomically(REPORT, report.getBytes(StandardCharsets.UTF_8));
        out.print(report);
        out.flush();
    }

    /** Prints the kept report when the tables were built from exactly {@code committed}; false otherwise. */
    public boolean printKept(Map<String, CellStatus> committed) {
        if (!TableBuilder.upToDate(directory, committed) || !directory.exists(REPORT)) {
            return false;
        }
        out.println("tables in " + directory.uri() + " are up to date");
        out.print(directory.readText(REPORT));
        out.flush();
        return true;
    }

    /** Tells how to recompute the failed cells, if any. */
    public void retryHint(Map<String, CellStatus> committed, String command) {
        if (committed.containsValue(CellStatus.FAILED)) {
            out.println("retry the failed cells (finished cells are kept; only failed and missing ones run): "
                    + command);
            out.flush();
        }
    }

    private String report(SparkSession spark) {
        StringWriter text = new StringWriter();
        PrintWriter report = new PrintWriter(text);
        ResultPrinter printer = new ResultPrinter(OutputFormat.TABLE, MAX_ROWS);
        report.println();
        report.println("curves: variance of dE/dl0[0,0,0] over seeds (std: sample, ddof 1; CI: Student t)");
        printer.print(table(spark, ResultTable.CURVES).selectExpr("dataset", "prior", "variant", "qubits", "layers",
                "n", "mean", "std", "ci95_low", "ci95_high").orderBy("dataset", "prior", "variant", "layers", "qubits"),
                report);
        Dataset<Row> slopes = table(spark, ResultTable.SLOPES);
        if (!slopes.isEmpty()) {
            report.println();
            report.println("slopes of ln(variance) against qubits (fixed layers) and against layers (fixed qubits)");
            printer.print(slopes.selectExpr("dataset", "prior", "variant", "axis", "fixed_qubits", "fixed_layers",
                    "points", "slope", "slope_stderr").orderBy("dataset", "prior", "variant", "axis"), report);
        }
        report.println();
        List<Row> failed = table(spark, ResultTable.CELLS).where("status = 'failed'").select("cell_id", "error")
                .orderBy("cell_id").collectAsList();
        if (failed.isEmpty()) {
            report.println("all cells ok");
        } else {
            report.println(failed.size() + (failed.size() == 1 ? " cell" : " cells") + " failed:");
            failed.forEach(row -> report.println("  " + row.getString(0) + ": " + row.getString(1)));
        }
        report.flush();
        return text.toString();
    }

    private Dataset<Row> table(SparkSession spark, ResultTable table) {
        return spark.read().parquet(directory.table(table.tableName()));
    }
}
