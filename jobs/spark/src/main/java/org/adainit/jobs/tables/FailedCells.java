package org.adainit.jobs.tables;

import java.io.PrintWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The closing lines of a run's report: "all cells ok", or each failed cell with its error, in cell id order. */
public final class FailedCells {

    private FailedCells() {}

    /** @param cells a cells table: the AdaInit cells or the diagnostic cells (columns cell_id, status, error) */
    public static void print(Dataset<Row> cells, PrintWriter report) {
        print(DriverTable.collect(cells.select("cell_id", "status", "error")), report);
    }

    /** As above, from rows the driver holds. */
    static void print(DriverTable cells, PrintWriter report) {
        int status = cells.column("status");
        DriverTable failed = cells.where(row -> "failed".equals(row.getString(status))).orderBy("cell_id")
                .select("cell_id", "error");
        if (failed.rows().isEmpty()) {
            report.println("all cells ok");
        } else {
            int count = failed.rows().size();
            report.println(count + (count == 1 ? " cell" : " cells") + " failed:");
            failed.rows().forEach(row -> report.println("  " + row.getString(0) + ": " + row.getString(1)));
        }
    }
}
