package org.adainit.jobs.tables;

import java.io.PrintWriter;
import java.util.Map;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.sql.SparkSession;

/**
 * The tables of one kind of grid: rebuilt from the committed cells (idempotent, so a build killed half-way is simply
 * redone), and summarised in the report a finished run prints.
 */
public interface TableSet {

    /** The record of the last finished build, kept beside the tables ({@link BuiltTables}). */
    String MARKER = "_tables_built_from.txt";

    /** (Re)builds every table from the outcomes committed in {@code store}; returns row counts by table name. */
    Map<String, Long> build(SparkSession spark, ResultDirectory directory, CellStore store);

    /** Writes the summary of the built tables. */
    void report(SparkSession spark, ResultDirectory directory, PrintWriter report);
}
