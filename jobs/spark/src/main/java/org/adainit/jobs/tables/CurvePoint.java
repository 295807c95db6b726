package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One cell as the aggregation sees it: its series, structure, whether it finished, and its variance.
 *
 * @param variance Var[∂E] of θ0* (or of a baseline's draw); null when the cell has none
 */
record CurvePoint(SeriesKey series, int qubits, int layers, boolean ok, Double variance) {

    /** The points of a cells table (small: one row per cell), collected to the driver. */
    static List<CurvePoint> collect(Dataset<Row> cells) {
        List<String> columns = new ArrayList<>(SeriesKey.CELL_COLUMNS);
        columns.addAll(List.of("qubits", "layers", "status", "variance"));
        int first = SeriesKey.CELL_COLUMNS.size();
        List<CurvePoint> points = new ArrayList<>();
        for (Row row : cells.selectExpr(columns.toArray(new String[0])).collectAsList()) {
            points.add(new CurvePoint(SeriesKey.of(row), row.getInt(first), row.getInt(first + 1),
                    "ok".equals(row.getString(first + 2)), row.isNullAt(first + 3) ? null : row.getDouble(first + 3)));
        }
        return points;
    }
}
