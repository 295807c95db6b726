package org.adainit.jobs.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.outcome.CorruptOutcomeException;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.store.StoreFailure;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/** Writing a result table, and turning a failed build into the message a user can act on; for every table set. */
public final class TableFiles {

    private TableFiles() {}

    /**
     * Replaces the table {@code name} under {@code directory} with {@code rows}, sorted by {@code order} (so equal
     * rows give equal files), in one file or in Hive-style partition folders of one file each. One task writes it
     * all: the tables of a grid are small, and a shuffle into {@code spark.sql.shuffle.partitions} tasks cost more
     * than the writing itself.
     */
    public static void write(ResultDirectory directory, String name, List<String> partitions, Dataset<Row> rows,
            String... order) {
        // Partition columns first: the writer then finishes each folder's file before starting the next.
        List<String> sort = new ArrayList<>(partitions);
        sort.addAll(Arrays.asList(order));
        try {
            rows.coalesce(1)
                    .sortWithinPartitions(sort.get(0), sort.subList(1, sort.size()).toArray(new String[0]))
                    .write()
                    .mode(SaveMode.Overwrite)
                    .partitionBy(partitions.toArray(new String[0]))
                    .parquet(directory.table(name));
        } catch (Exception e) {
            // Spark's failure names the task and the stage; a full disk or a refused write is told by the table's path.
            Optional<String> storage = StoreFailure.explain(e);
            if (storage.isEmpty()) {
                throw e;
            }
            throw new UncheckedIOException("writing " + directory.table(name) + ": " + storage.get(),
                    new IOException(storage.get(), e));
        }
    }

    /** Replaces {@code table} with the driver's {@code rows} (see above); returns the number of rows written. */
    static long write(SparkSession spark, ResultDirectory directory, ResultTable table, List<Row> rows,
            String... order) {
        write(directory, table.tableName(), table.partitionColumns(), spark.createDataFrame(rows, table.rowSchema()),
                order);
        return rows.size();
    }

    /**
     * A corrupt committed cell becomes a bad-input error naming its file; anything else passes through. Spark
     * rethrows executor exceptions undeclared (SparkException is checked), with the cause attached.
     */
    public static RuntimeException explained(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CorruptOutcomeException corrupt) {
                return new InputException(corrupt.getMessage(), corrupt);
            }
        }
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
    }
}
