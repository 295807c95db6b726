package org.adainit.jobs.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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

    /** Spark configuration: the most rows of a table written by one Spark job (see {@link #writeInSlices}). */
    public static final String ROWS_PER_WRITE = "spark.adainit.tables.rowsPerWrite";
    /** About 50 MB of epochs in a task. */
    static final long DEFAULT_ROWS_PER_WRITE = 250_000;

    private TableFiles() {}

    /**
     * Replaces the table {@code name} under {@code directory} with {@code rows}, sorted by {@code order} (so equal
     * rows give equal files), in one file or in Hive-style partition folders of one file each. One task writes it
     * all: the tables of a grid are small, and a shuffle into {@code spark.sql.shuffle.partitions} tasks cost more
     * than the writing itself.
     */
    public static void write(ResultDirectory directory, String name, List<String> partitions, Dataset<Row> rows,
            String... order) {
        write(directory, name, partitions, rows, SaveMode.Overwrite, order);
    }

    /** As above, replacing the table or adding {@code rows} to it. */
    private static void write(ResultDirectory directory, String name, List<String> partitions, Dataset<Row> rows,
            SaveMode mode, String... order) {
        try {
            ordered(rows, partitions, order)
                    .write()
                    .mode(mode)
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

    /**
     * Plans, without running it, the query that writes {@code table}, on no rows: the first plan of a Spark SQL
     * session loads and compiles its analyser, optimiser and encoders, about a second that the table build would
     * otherwise spend after the last cell.
     */
    static void plan(SparkSession spark, ResultTable table, String... order) {
        ordered(spark.createDataFrame(List.of(), table.rowSchema()), table.partitionColumns(), order)
                .queryExecution().executedPlan();
    }

    /** {@code rows} in one partition, sorted by {@code partitions} then {@code order}, as they are written. */
    private static Dataset<Row> ordered(Dataset<Row> rows, List<String> partitions, String... order) {
        // Partition columns first: the writer then finishes each folder's file before starting the next.
        List<String> sort = new ArrayList<>(partitions);
        sort.addAll(Arrays.asList(order));
        return rows.coalesce(1).sortWithinPartitions(sort.get(0), sort.subList(1, sort.size()).toArray(new String[0]));
    }

    /** Replaces {@code table} with the driver's {@code rows} (see above); returns the number of rows written. */
    static long write(SparkSession spark, ResultDirectory directory, ResultTable table, List<Row> rows,
            String... order) {
        return writeSlice(spark, directory, table, rows, SaveMode.Overwrite, order);
    }

    /**
     * Replaces {@code table} with the rows of every source, made one source at a time and written in slices of whole
     * sources, one Spark job each, of at most {@value #DEFAULT_ROWS_PER_WRITE} rows unless {@link #ROWS_PER_WRITE}
     * says otherwise (a single source with more is written whole). The task of a write carries its rows: a cluster
     * refuses a task above {@code spark.rpc.message.maxSize} (128 MiB), which the epochs of a full-scale grid (about a
     * million rows of about 200 bytes) exceed, and holding all of them at once took the driver to 4.2 GB resident
     * on {@code fig3-layers}. Returns the number of rows written.
     */
    static <S> long writeInSlices(SparkSession spark, ResultDirectory directory, ResultTable table, List<S> sources,
            Function<? super S, List<Row>> rows, String... order) {
        long limit = rowsPerWrite(spark);
        long written = 0;
        SaveMode mode = SaveMode.Overwrite;
        List<Row> slice = new ArrayList<>();
        for (S source : sources) {
            List<Row> more = rows.apply(source);
            if (!slice.isEmpty() && slice.size() + more.size() > limit) {
                written += writeSlice(spark, directory, table, slice, mode, order);
                mode = SaveMode.Append;
                slice = new ArrayList<>();
            }
            slice.addAll(more);
        }
        if (mode == SaveMode.Overwrite || !slice.isEmpty()) {
            written += writeSlice(spark, directory, table, slice, mode, order);
        }
        return written;
    }

    private static long writeSlice(SparkSession spark, ResultDirectory directory, ResultTable table, List<Row> slice,
            SaveMode mode, String... order) {
        write(directory, table.tableName(), table.partitionColumns(), spark.createDataFrame(slice, table.rowSchema()),
                mode, order);
        return slice.size();
    }

    private static long rowsPerWrite(SparkSession spark) {
        String value = spark.conf().get(ROWS_PER_WRITE, String.valueOf(DEFAULT_ROWS_PER_WRITE));
        try {
            long rows = Long.parseLong(value.trim());
            if (rows > 0) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new InputException(ROWS_PER_WRITE + " must be a positive number of rows, not '" + value + "'");
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
