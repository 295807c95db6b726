package org.adainit.jobs.tables;

import java.util.Arrays;
import java.util.List;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.outcome.CorruptOutcomeException;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;

/** Writing a result table, and turning a failed build into the message a user can act on; for every table set. */
public final class TableFiles {

    private TableFiles() {}

    /**
     * Replaces the table {@code name} under {@code directory} with {@code rows}, sorted by {@code order} (so equal
     * rows give equal files), in one file or in Hive-style partition folders; returns the row count written.
     */
    public static long write(ResultDirectory directory, String name, List<String> partitions, Dataset<Row> rows,
            String... order) {
        String[] rest = Arrays.copyOfRange(order, 1, order.length);
        Dataset<Row> arranged = partitions.isEmpty()
                ? rows.coalesce(1).sortWithinPartitions(order[0], rest)
                : rows.repartition(partitions.stream().map(functions::col).toArray(Column[]::new))
                        .sortWithinPartitions(order[0], rest);
        arranged.write()
                .mode(SaveMode.Overwrite)
                .partitionBy(partitions.toArray(new String[0]))
                .parquet(directory.table(name));
        // With the schema given, a table without files (an empty partitioned table) reads as empty.
        return arranged.sparkSession().read().schema(rows.schema()).parquet(directory.table(name)).count();
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
