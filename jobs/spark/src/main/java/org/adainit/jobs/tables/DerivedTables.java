package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.adainit.jobs.spark.Concurrently;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The tables computed from the cells and iterations tables: curves, slopes, comparisons and correlations. The cells
 * table is small (one row per cell) and the columns read from iterations are a few numbers per training, so the
 * statistics run on the driver, from the rows a build has just made, the four tables at once.
 */
final class DerivedTables {

    private DerivedTables() {}

    /**
     * Rebuilds the derived tables of {@code directory} from the given cells and iterations; returns their rows, in the
     * order they were written.
     */
    static Map<ResultTable, DriverTable> build(SparkSession spark, ResultDirectory directory, DriverTable cells,
            DriverTable iterations) {
        List<CurvePoint> points = CurvePoint.of(cells);
        Map<ResultTable, Supplier<DriverTable>> builds = new LinkedHashMap<>();
        builds.put(ResultTable.CURVES, () -> write(spark, directory, ResultTable.CURVES, Curves.rows(points),
                order("qubits", "layers")));
        builds.put(ResultTable.SLOPES, () -> write(spark, directory, ResultTable.SLOPES, Slopes.rows(points),
                order("axis", "fixed_qubits", "fixed_layers", "layers_per_qubit")));
        builds.put(ResultTable.COMPARISONS, () -> write(spark, directory, ResultTable.COMPARISONS,
                Comparisons.rows(points), Comparisons.ORDER));
        builds.put(ResultTable.CORRELATIONS, () -> write(spark, directory, ResultTable.CORRELATIONS,
                Correlations.rows(cells, iterations), Correlations.ORDER));
        List<ResultTable> tables = List.copyOf(builds.keySet());
        List<DriverTable> written = Concurrently.map(tables, tables.size(), table -> builds.get(table).get());
        Map<ResultTable, DriverTable> rows = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            rows.put(tables.get(i), written.get(i));
        }
        return rows;
    }

    /** Writes {@code rows} sorted by {@code order} (the derived tables have no partition columns); returns them so. */
    private static DriverTable write(SparkSession spark, ResultDirectory directory, ResultTable table, List<Row> rows,
            String... order) {
        DriverTable sorted = new DriverTable(table.rowSchema(), rows).orderBy(order);
        TableFiles.write(spark, directory, table, sorted.rows(), order);
        return sorted;
    }

    /** Series columns first, then the table's own. */
    private static String[] order(String... columns) {
        List<String> order = new ArrayList<>(SeriesKey.CELL_COLUMNS);
        order.addAll(List.of(columns));
        return order.toArray(new String[0]);
    }
}
