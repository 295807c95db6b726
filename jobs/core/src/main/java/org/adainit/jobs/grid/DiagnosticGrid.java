package org.adainit.jobs.grid;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.diagnosis.DiagnosticCell;
import org.adainit.jobs.diagnosis.DiagnosticPoint;

/**
 * A validated grid file of a diagnostic kind ({@link DiagnosticGridReader}): McClean's or Zhang's experiment as a list
 * of points, the seed every sample derives from, and how many samples one Spark task computes for each point.
 *
 * @param samplesPerCell for point i, cells of {@code samplesPerCell.get(i)} samples (the last may be smaller): small
 *     cells for costly points spread them over executors
 */
public record DiagnosticGrid(String name, GridKind kind, String description, long seed, List<DiagnosticPoint> points,
        List<Integer> samplesPerCell) implements GridDefinition, Serializable {

    public DiagnosticGrid {
        if (kind == GridKind.ADAINIT) {
            throw new IllegalArgumentException("an adainit grid is a Grid, not a DiagnosticGrid");
        }
        points = List.copyOf(points);
        samplesPerCell = List.copyOf(samplesPerCell);
        if (samplesPerCell.size() != points.size() || samplesPerCell.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("one cell size >= 1 per point, got " + samplesPerCell + " for "
                    + points.size() + " points");
        }
    }

    public List<DiagnosticCell> cells() {
        List<DiagnosticCell> cells = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            DiagnosticPoint point = points.get(i);
            int size = samplesPerCell.get(i);
            for (int from = 0; from < point.samples(); from += size) {
                cells.add(DiagnosticCell.of(point, seed, from, Math.min(point.samples(), from + size)));
            }
        }
        return cells;
    }
}
