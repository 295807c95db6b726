package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * (Re)builds every table of an AdaInit result directory from the committed cell outcomes: cells, iterations and epochs
 * from the outcomes themselves, curves and slopes from the cells table. Idempotent: the tables depend only on the set
 * of committed outcomes, so a build interrupted at any point is repaired by the next one, and rows are sorted so equal
 * outcomes give equal files. The driver reads the outcomes and makes the rows; Spark only writes the files (one
 * single-task job per table), so the build costs the same few jobs however many executors there are.
 */
public final class TableBuilder {

    private TableBuilder() {}

    /** Builds all tables from the outcomes committed in {@code store}; returns each table's row count. */
    public static Map<ResultTable, Long> build(SparkSession spark, ResultDirectory directory, CellStore store) {
        try {
            List<CellOutcome> outcomes = CommittedOutcomes.read(store, CellOutcome.class);
            List<Row> cells = outcomes.stream().map(CellsTable::row).toList();
            List<Row> iterations = outcomes.stream().flatMap(o -> IterationsTable.rows(o).stream()).toList();
            List<Row> epochs = outcomes.stream().flatMap(o -> EpochsTable.rows(o).stream()).toList();
            List<CurvePoint> points = CurvePoint.collect(spark.createDataFrame(cells, CellsTable.SCHEMA));
            Map<ResultTable, Long> counts = new LinkedHashMap<>();
            write(spark, directory, counts, ResultTable.CELLS, cells, "cell_id");
            write(spark, directory, counts, ResultTable.ITERATIONS, iterations, "cell_id", "iteration");
            write(spark, directory, counts, ResultTable.EPOCHS, epochs, "cell_id", "iteration", "epoch");
            write(spark, directory, counts, ResultTable.CURVES, Curves.rows(points), curveOrder());
            write(spark, directory, counts, ResultTable.SLOPES, Slopes.rows(points), slopeOrder());
            return counts;
        } catch (Exception e) {
            throw TableFiles.explained(e);
        }
    }

    private static void write(SparkSession spark, ResultDirectory directory, Map<ResultTable, Long> counts,
            ResultTable table, List<Row> rows, String... order) {
        TableFiles.write(directory, table.tableName(), table.partitionColumns(),
                spark.createDataFrame(rows, table.rowSchema()), order);
        counts.put(table, (long) rows.size());
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
