package org.adainit.jobs.tables;

import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The closing lines of a run's report: "all cells ok", or each failed cell with its error, in cell id order. */
public final class FailedCells {

    private FailedCells() {}

    /** @param cells a cells table: the AdaInit cells or the diagnostic cells (columns cell_id, status, error) */
    public static void print(Dataset<Row> cells, PrintWriter report) {
        List<Row> failed = cells.where("status = 'failed'").select("cell_id", "error").orderBy("cell_id")
                .collectAsList();
        if (failed.isEmpty()) {
            report.println("all cells ok");
        } else {
            report.println(failed.size() + (failed.size() == 1 ? " cell" : " cells") + " failed:");
            failed.forEach(row -> report.println("  " + row.getString(0) + ": " + row.getString(1)));
        }
    }
}
