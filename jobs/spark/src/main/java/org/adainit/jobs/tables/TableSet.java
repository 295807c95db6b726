package org.adainit.jobs.tables;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.BiConsumer;
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

    /**
     * What a build wrote.
     *
     * @param rows each table's row count, by table name
     * @param report writes the summary of the tables built, given the directory they were moved to
     */
    record Built(Map<String, Long> rows, BiConsumer<ResultDirectory, PrintWriter> report) {}

    /** (Re)builds every table from the outcomes committed in {@code store}. */
    Built build(SparkSession spark, ResultDirectory directory, CellStore store);

    /**
     * Readies the code a build runs, in a session like the build's, without writing anything or running a Spark job:
     * called while the cells run, so the build after the last cell starts warm. Nothing by default.
     */
    default void prepare(SparkSession spark) {}
}
