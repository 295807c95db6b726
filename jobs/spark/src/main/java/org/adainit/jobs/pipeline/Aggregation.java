package org.adainit.jobs.pipeline;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.print.PrintedText;
import org.adainit.jobs.spark.SparkSessions;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.tables.BuiltTables;
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
    /** Where a build writes the tables before they replace the current ones. */
    static final String STAGING = "_tables_building";

    private final ResultDirectory directory;
    private final PrintWriter out;
    private final TableSet tables;

    public Aggregation(ResultDirectory directory, PrintWriter out, TableSet tables) {
        this.directory = directory;
        this.out = out;
        this.tables = tables;
    }

    /**
     * Builds every table from {@code committed} into a staging folder, then moves them in place of the old ones and
     * records the build; prints and keeps the report. A build that fails leaves the old tables and their record, which
     * then reads as stale (or no record, which reads as not built); a file system that refuses the tables is told in one
     * line naming the table's path.
     *
     * @param committed the commits as {@link CellStore#reconcile()} just listed them (at least one)
     */
    public void build(SparkSession session, CellStore store, Map<String, CellStatus> committed) {
        SparkSession spark = SparkSessions.forSmallTables(session);
        if (committed.isEmpty()) {
            throw new IllegalArgumentException("no committed cells to build tables from");
        }
        // Stamped before reading: a cell committed during the build makes the result stale rather than wrongly current.
        Map<String, String> cells = store.stamps();
        long started = System.nanoTime();
        directory.deleteTree(STAGING);
        TableSet.Built built;
        try {
            built = tables.build(spark, directory.subdirectory(STAGING), store);
        } catch (UncheckedIOException storage) {
            directory.deleteTree(STAGING);
            throw new UncheckedIOException(storage.getMessage() + "; the committed cells are kept and the tables were "
                    + "not replaced: free the space or fix the permission, then run 'submit/adainit aggregate --out "
                    + directory.uri() + "'", storage.getCause());
        } catch (RuntimeException e) {
            directory.deleteTree(STAGING);
            throw e;
        }
        Map<String, Long> rows = built.rows();
        BuiltTables.forget(directory);
        for (String table : rows.keySet()) {
            directory.replaceFolder(table, directory.subdirectory(STAGING), table);
        }
        directory.deleteTree(STAGING);
        BuiltTables.record(directory, cells, rows.keySet());
        List<String> counts = new ArrayList<>();
        rows.forEach((table, count) -> counts.add(table + " " + count));
        out.printf(Locale.ROOT, "tables in %s: %s rows (built in %.1f s)%n", directory.uri(),
                String.join(", ", counts), (System.nanoTime() - started) / 1e9);
        String text = PrintedText.of(report -> built.report().accept(directory, report));
        directory.writeAtomically(REPORT, text.getBytes(StandardCharsets.UTF_8));
        out.print(text);
        out.flush();
    }

    /** The table build's code being readied on a thread of its own; closing it waits for that thread. */
    public interface Preparation extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Readies the table build's code ({@link TableSet#prepare}) on a thread of its own, for the time the cells run:
     * in a quickstart, the first plan of the build's session took about a second after the last cell. The build waits
     * for it to finish, so the two never run at once and no thread outlives the run.
     */
    public Preparation prepare(SparkSession session) {
        Thread thread = new Thread(() -> {
            try {
                tables.prepare(SparkSessions.forSmallTables(session));
            } catch (RuntimeException e) {
                // Only speed is lost: the build runs the same code and reports whatever is really wrong.
            }
        }, "adainit-table-preparation");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Prints the kept report when the tables are current with the cells committed in {@code store}; false otherwise. */
    public boolean printKept(CellStore store) {
        if (BuiltTables.problem(directory, store).isPresent() || !directory.exists(REPORT)) {
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
}
