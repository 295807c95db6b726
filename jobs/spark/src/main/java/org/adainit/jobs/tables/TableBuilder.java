package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * (Re)builds every table of an AdaInit result directory from the committed cell outcomes: cells, iterations and epochs
 * from the outcomes themselves, curves and slopes from the cells table. Idempotent: the tables depend only on the set
 * of committed outcomes, so a build interrupted at any point is repaired by the next one, and rows are sorted so equal
 * outcomes give equal files.
 */
public final class TableBuilder {

    private TableBuilder() {}

    /** Builds all tables from the outcomes committed in {@code store}; returns each table's row count. */
    public static Map<ResultTable, Long> build(SparkSession spark, ResultDirectory directory, CellStore store) {
        try (CommittedOutcomes<CellOutcome> committed = CommittedOutcomes.read(spark, store, CellOutcome.class)) {
            JavaRDD<CellOutcome> outcomes = committed.rdd();
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
            return counts;
        } catch (Exception e) {
            throw TableFiles.explained(e);
        }
    }

    private static long write(ResultDirectory directory, ResultTable table, Dataset<Row> rows, String... order) {
        return TableFiles.write(directory, table.tableName(), table.partitionColumns(), rows, order);
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
}
