package org.adainit.jobs.tables;

import java.nio.file.Path;
import java.util.List;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.sql.SparkSession;

/**
 * Derived tables for test fixtures that write a cells table (and maybe an iterations table) of their own, as other
 * tools could: the curves, slopes, comparisons and correlations the build would derive from them.
 */
public final class DerivedTablesFixture {

    /** The columns of the iterations table the derived tables read. */
    private static final String[] ITERATION_COLUMNS = {"cell_id", "dataset", "prior", "qubits", "layers", "variance",
            "validation_accuracy", "test_accuracy"};

    private DerivedTablesFixture() {}

    /** Writes the derived tables of the cells and iterations tables under {@code out} (no iterations table: none). */
    public static void derive(SparkSession spark, Path out) {
        ResultDirectory directory = ResultDirectory.open(out.toString(), spark.sparkContext().hadoopConfiguration());
        DriverTable iterations = directory.exists(ResultTable.ITERATIONS.tableName())
                ? DriverTable.collect(ResultTable.ITERATIONS.read(spark, directory).selectExpr(ITERATION_COLUMNS))
                : new DriverTable(ResultTable.ITERATIONS.schema(), List.of());
        DerivedTables.build(spark, directory, DriverTable.collect(ResultTable.CELLS.read(spark, directory)), iterations);
    }
}
