package org.adainit.jobs.pipeline;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.tables.TableSet;
import org.apache.spark.sql.SparkSession;

/**
 * The end of {@code run} and all of {@code aggregate}: build a grid kind's tables from the committed cells, print its
 * report (curves and slopes, or the diagnostics' points and fits) and the failed cells, and keep that report beside
 * the tables so a run with nothing left to do can print it without starting Spark.
 */
public final class Aggregation {

    /** The last report, valid while the tables are up to date. */
    static final String REPORT = "_report.txt";

    private final ResultDirectory directory;
    private final PrintWriter out;
    private final TableSet tables;

    public Aggregation(ResultDirectory directory, PrintWriter out, TableSet tables) {
        this.directory = directory;
        this.out = out;
        this.tables = tables;
    }

    /**
     * Builds every table from {@code committed}, then prints and keeps the report.
     *
     * @param committed the commits as {@link CellStore#reconcile()} just listed them (at least one)
     */
    public void build(SparkSession spark, CellStore store, Map<String, CellStatus> committed) {
        if (committed.isEmpty()) {
            throw new IllegalArgumentException("no committed cells to build tables from");
        }
        // Until the marker is written again, the tables count as stale: a build killed half-way is redone.
        directory.delete(TableSet.MARKER);
        Map<String, Long> rows = tables.build(spark, directory, store);
        directory.writeAtomically(TableSet.MARKER, marker(committed).getBytes(StandardCharsets.UTF_8));
        List<String> counts = new ArrayList<>();
        rows.forEach((table, count) -> counts.add(table + " " + count));
        out.println("tables in " + directory.uri() + ": " + String.join(", ", counts) + " rows");
        StringWriter text = new StringWriter();
        PrintWriter report = new PrintWriter(text);
        tables.report(spark, directory, report);
        report.flush();
        directory.writeAtomically(REPORT, text.toString().getBytes(StandardCharsets.UTF_8));
        out.print(text);
        out.flush();
    }

    /** Prints the kept report when the tables were built from exactly {@code committed}; false otherwise. */
    public boolean printKept(Map<String, CellStatus> committed) {
        if (!upToDate(committed) || !directory.exists(REPORT)) {
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

    /** True when the tables were built from exactly these commits and nothing has changed since. */
    private boolean upToDate(Map<String, CellStatus> committed) {
        return directory.exists(TableSet.MARKER) && directory.readText(TableSet.MARKER).equals(marker(committed));
    }

    private static String marker(Map<String, CellStatus> committed) {
        StringBuilder text = new StringBuilder();
        committed.forEach((id, status) -> text.append(id).append(' ').append(status.externalName()).append('\n'));
        return text.toString();
    }
}
