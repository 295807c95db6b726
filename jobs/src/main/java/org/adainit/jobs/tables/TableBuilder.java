package org.adainit.jobs.tables;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adainit.jobs.cli.InputException;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.outcome.CellStatus;
import org.adainit.jobs.outcome.CorruptOutcomeException;
import org.adainit.jobs.outcome.OutcomeJson;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * (Re)builds every table of a result directory from the committed cell outcomes: cells, iterations and epochs from
 * the outcomes themselves, curves and slopes from the cells table. Idempotent: the tables depend only on the set of
 * committed outcomes, so a build interrupted at any point is repaired by the next one, and rows are sorted so equal
 * outcomes give equal files.
 */
public final class TableBuilder {

    /** Records which commits the tables were last built from, so a finished run need not rebuild them. */
    public static final String MARKER = "_tables_built_from.txt";

    private TableBuilder() {}

    /** True when the tables were built from exactly these commits and nothing has changed since. */
    public static boolean upToDate(ResultDirectory directory, Map<String, CellStatus> committed) {
        return directory.exists(MARKER) && directory.readText(MARKER).equals(marker(committed));
    }

    /**
     * Builds all tables; returns each table's row count, in {@link ResultTable} order.
     *
     * @param committed the commits as {@link CellStore#reconcile()} just listed them (at least one)
     */
    public static Map<ResultTable, Long> build(
            SparkSession spark, ResultDirectory directory, CellStore store, Map<String, CellStatus> committed) {
        if (committed.isEmpty()) {
            throw new IllegalArgumentException("no committed cells to build tables from");
        }
        // Until the marker is written again, the tables count as stale: a build killed half-way is redone.
        directory.delete(MARKER);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<CellOutcome> outcomes = jsc.wholeTextFiles(store.outcomeGlob())
                .map(file -> OutcomeJson.read(file._1(), file._2()))
                .persist(StorageLevel.MEMORY_ONLY());
        try {
            Map<ResultTable, Long> counts = new LinkedHashMap<>();
            Dataset<Row> cells = spark.createDataFrame(outcomes.map(CellsTable::row), CellsTable.SCHEMA);
            counts.put(ResultTable.CELLS, write(directory, ResultTable.CELLS, cells, "cell_id"));
            counts.put(ResultTable.ITERATIONS, write(directory, ResultTable.ITERATIONS,
                    spark.createDataFrame(outcomes.flatMap(o -> IterationsTable.rows(o).iterator()),
                            IterationsTable.SCHEMA), "cell_id", "iteration"));
            counts.put(ResultTable.EPOCHS, write(directory, ResultTable.EPOCHS,
                    spark.createDataFrame(outcomes.flatMap(o -> EpochsTable.rows(o).iterator()), EpochsTable.SCHEMA),
                    "cell_id", "iteration", "epoch"));
            List<CurvePoint> points = CurvePoint.collect(ResultTable.CELLS.read(spark, directory));
            counts.put(ResultTable.CURVES, write(directory, ResultTable.CURVES,
                    local(spark, Curves.rows(points), Curves.SCHEMA), curveOrder()));
            counts.put(ResultTable.SLOPES, write(directory, ResultTable.SLOPES,
                    local(spark, Slopes.rows(points), Slopes.SCHEMA), slopeOrder()));
            directory.writeAtomically(MARKER, marker(committed).getBytes(StandardCharsets.UTF_8));
            return counts;
        } catch (Exception e) {
            // Spark rethrows executor exceptions undeclared (SparkException is checked), with the cause attached.
            throw explained(e);
        } finally {
            outcomes.unpersist(false);
        }
    }

    /** A corrupt committed cell becomes a bad-input error naming its file; anything else passes through. */
    private static RuntimeException explained(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CorruptOutcomeException corrupt) {
                return new InputException(corrupt.getMessage(), corrupt);
            }
        }
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
    }

    private static long write(ResultDirectory directory, ResultTable table, Dataset<Row> rows, String... order) {
        List<String> partitions = table.partitionColumns();
        Dataset<Row> arranged = partitions.isEmpty()
                ? rows.coalesce(1).sortWithinPartitions(order[0], tail(order))
                : rows.repartition(columns(partitions)).sortWithinPartitions(order[0], tail(order));
        arranged.write()
                .mode(SaveMode.Overwrite)
                .partitionBy(partitions.toArray(new String[0]))
                .parquet(directory.table(table.tableName()));
        return table.read(arranged.sparkSession(), directory).count();
    }

    private static Dataset<Row> local(SparkSession spark, List<Row> rows, StructType schema) {
        return spark.createDataFrame(rows, schema);
    }

    private static String[] curveOrder() {
        List<String> order = new ArrayList<>(SeriesKey.CELL_COLUMNS);
        order.addAll(List.of("qubits", "layers"));
        return order.toArray(new String[0]);
    }

    private static String[] slopeOrder() {
        List<String> order = new ArrayList<>(SeriesKey.CELL_COLUMNS);
        order.addAll(List.of("axis", "fixed_qubits", "fixed_layers"));
        return order.toArray(new String[0]);
    }

    private static String[] tail(String[] order) {
        return java.util.Arrays.copyOfRange(order, 1, order.length);
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(functions::col).toArray(Column[]::new);
    }

    private static String marker(Map<String, CellStatus> committed) {
        StringBuilder text = new StringBuilder();
        committed.forEach((id, status) -> text.append(id).append(' ').append(status.externalName()).append('\n'));
        return text.toString();
    }
}
