package org.adainit.jobs.tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.spark.Concurrently;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.ResultDirectory;
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

    /** What a build wrote: each table's row count, and the rows of the cells and derived tables. */
    public static final class Written {

        private final Map<ResultTable, Long> counts;
        private final Map<ResultTable, DriverTable> rows;

        private Written(Map<ResultTable, Long> counts, Map<ResultTable, DriverTable> rows) {
            this.counts = counts;
            this.rows = rows;
        }

        static Written of(Map<ResultTable, DriverTable> rows) {
            Map<ResultTable, Long> counts = new LinkedHashMap<>();
            rows.forEach((table, written) -> counts.put(table, (long) written.rows().size()));
            return new Written(counts, rows);
        }

        /** Row counts, in the order the build names the tables. */
        public Map<ResultTable, Long> counts() {
            return counts;
        }

        /** The rows of the cells table or of a derived table. */
        DriverTable rows(ResultTable table) {
            return rows.get(table);
        }
    }

    /** Builds all tables from the outcomes committed in {@code store}. */
    public static Written build(SparkSession spark, ResultDirectory directory, CellStore store) {
        try {
            List<CellOutcome> outcomes = CommittedOutcomes.read(store, CellOutcome.class);
            DriverTable cells = new DriverTable(CellsTable.SCHEMA, outcomes.stream().map(CellsTable::row).toList());
            DriverTable iterations = new DriverTable(IterationsTable.SCHEMA,
                    outcomes.stream().flatMap(o -> IterationsTable.rows(o).stream()).toList());
            List<Supplier<Written>> builds = List.of(
                    () -> {
                        TableFiles.write(spark, directory, ResultTable.CELLS, cells.rows(), "cell_id");
                        return Written.of(Map.of(ResultTable.CELLS, cells));
                    },
                    () -> new Written(Map.of(ResultTable.ITERATIONS, TableFiles.write(spark, directory,
                            ResultTable.ITERATIONS, iterations.rows(), "cell_id", "iteration")), Map.of()),
                    () -> new Written(Map.of(ResultTable.EPOCHS, TableFiles.writeInSlices(spark, directory,
                            ResultTable.EPOCHS, outcomes, EpochsTable::rows, "cell_id", "iteration", "epoch")), Map.of()),
                    () -> Written.of(DerivedTables.build(spark, directory, cells, iterations)));
            Map<ResultTable, Long> counts = new LinkedHashMap<>();
            Map<ResultTable, DriverTable> rows = new LinkedHashMap<>();
            for (Written part : Concurrently.map(builds, builds.size(), Supplier::get)) {
                counts.putAll(part.counts);
                rows.putAll(part.rows);
            }
            return new Written(counts, rows);
        } catch (Exception e) {
            throw TableFiles.explained(e);
        }
    }
}
