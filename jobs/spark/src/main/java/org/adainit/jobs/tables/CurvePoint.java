package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * One cell as the aggregation sees it: its series, structure, seed, whether it finished, and its variance.
 *
 * @param cellSeed the seed derived from (grid seed, cell id), from which the statistics' resampling seeds derive
 * @param fallback the search accepted nothing and reports the argmax of V instead of S^(T)
 * @param variance Var[∂E] of θ0* (or of a baseline's draw); null when the cell has none
 */
record CurvePoint(SeriesKey series, int qubits, int layers, int seed, long cellSeed, boolean ok, boolean fallback,
        Double variance) {

    /** The points of a cells table (small: one row per cell). */
    static List<CurvePoint> of(DriverTable cells) {
        int[] series = cells.columns(SeriesKey.CELL_COLUMNS);
        int[] at = cells.columns(List.of("qubits", "layers", "seed", "cell_seed", "status", "fallback", "variance"));
        List<CurvePoint> points = new ArrayList<>(cells.rows().size());
        for (Row row : cells.rows()) {
            points.add(new CurvePoint(SeriesKey.of(row, series), row.getInt(at[0]), row.getInt(at[1]),
                    row.getInt(at[2]), row.getLong(at[3]), "ok".equals(row.getString(at[4])), row.getBoolean(at[5]),
                    row.isNullAt(at[6]) ? null : row.getDouble(at[6])));
        }
        return points;
    }

    /** Depths below 2N are the paper's shallow grid, not a depth that grows with the width. */
    static final int MIN_LAYERS_PER_QUBIT = 2;

    /**
     * k when the structure has L = k·N layers with k ≥ 2, the depth rule of McClean et al. (2018, Fig. 3: L = 10n)
     * under which a 2-design's variance falls as 2^(−n); null otherwise. Structures sharing k form a qubit series.
     */
    Integer layersPerQubit() {
        return layersPerQubit(qubits, layers);
    }

    static Integer layersPerQubit(int qubits, int layers) {
        return layers % qubits == 0 && layers / qubits >= MIN_LAYERS_PER_QUBIT ? layers / qubits : null;
    }

    /** A finished cell with a variance to aggregate. */
    boolean measured() {
        return ok && variance != null;
    }
}
