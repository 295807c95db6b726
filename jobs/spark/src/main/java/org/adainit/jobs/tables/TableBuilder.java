package org.adainit.jobs.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.spark.Concurrently;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * (Re)builds every table of an AdaInit result directory from the committed cell outcomes: cells, iterations and epochs
 * from the outcomes themselves, then the tables derived from cells and iterations ({@link DerivedTables}).
 * Idempotent: the tables depend only on the set of committed outcomes, so a build interrupted at any point is repaired
 * by the next one, and rows are sorted so equal outcomes give equal files. The driver reads the outcomes and makes the
 * rows; Spark only writes the files (one single-task job per table, all tables at once), so the build costs the same
 * few jobs however many executors there are. The epochs, most of a grid's rows, are made and written a slice of
 * cells at a time ({@link TableFiles#writeInSlices}).
 */
public final class TableBuilder {

    private TableBuilder() {}

    /** Builds all tables from the outcomes committed in {@code store}; returns each table's row count. */
    public static Map<ResultTable, Long> build(SparkSession spark, ResultDirectory directory, CellStore store) {
        try {
            List<CellOutcome> outcomes = CommittedOutcomes.read(store, CellOutcome.class);
            List<Row> cells = outcomes.stream().map(CellsTable::row).toList();
            List<Row> iterations = outcomes.stream().flatMap(o -> IterationsTable.rows(o).stream()).toList();
            List<Supplier<Map<ResultTable, Long>>> builds = List.of(
                    () -> Map.of(ResultTable.CELLS,
                            TableFiles.write(spark, directory, ResultTable.CELLS, cells, "cell_id")),
                    () -> Map.of(ResultTable.ITERATIONS, TableFiles.write(spark, directory, ResultTable.ITERATIONS,
                            iterations, "cell_id", "iteration")),
                    () -> Map.of(ResultTable.EPOCHS, TableFiles.writeInSlices(spark, directory, ResultTable.EPOCHS,
                            outcomes, EpochsTable::rows, "cell_id", "iteration", "epoch")),
                    () -> DerivedTables.build(spark, directory, new DriverTable(CellsTable.SCHEMA, cells),
                            new DriverTable(IterationsTable.SCHEMA, iterations)));
            Map<ResultTable, Long> counts = new LinkedHashMap<>();
            Concurrently.map(builds, builds.size(), Supplier::get).forEach(counts::putAll);
            return counts;
        } catch (Exception e) {
            throw TableFiles.explained(e);
        }
    }
}
