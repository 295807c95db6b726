package org.adainit.jobs.tables;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.adainit.jobs.print.OutputFormat;
import org.adainit.jobs.print.ResultPrinter;
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

    @Override
    public void report(SparkSession spark, ResultDirectory directory, PrintWriter report) {
        ResultPrinter printer = new ResultPrinter(OutputFormat.TABLE, MAX_ROWS);
        report.println();
        report.println("curves: variance of dE/dl0[0,0,0] over seeds (std: sample, ddof 1; CI: Student t)");
        printer.print(table(spark, directory, ResultTable.CURVES).selectExpr("dataset", "prior", "variant", "qubits",
                "layers", "n", "mean", "std", "ci95_low", "ci95_high")
                .orderBy("dataset", "prior", "variant", "layers", "qubits"), report);
        Dataset<Row> slopes = table(spark, directory, ResultTable.SLOPES);
        if (!slopes.isEmpty()) {
            report.println();
            report.println("slopes of ln(variance) against qubits (fixed layers) and against layers (fixed qubits)");
            printer.print(slopes.selectExpr("dataset", "prior", "variant", "axis", "fixed_qubits", "fixed_layers",
                    "points", "slope", "slope_stderr").orderBy("dataset", "prior", "variant", "axis"), report);
        }
        report.println();
        FailedCells.print(table(spark, directory, ResultTable.CELLS), report);
    }

    private static Dataset<Row> table(SparkSession spark, ResultDirectory directory, ResultTable table) {
        return table.read(spark, directory);
    }
}
