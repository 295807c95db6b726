package org.adainit.jobs.grid;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.diagnostics.DiagnosticCell;
import org.adainit.jobs.diagnostics.DiagnosticPoint;

/**
 * A validated grid file of a diagnostic kind ({@link DiagnosticGridReader}): McClean's or Zhang's experiment as a list
 * of points, the seed every sample derives from, and how many samples one Spark task computes.
 *
 * @param samplesPerCell a point with more samples is split into cells of this many (the last may be smaller)
 */
public record DiagnosticGrid(String name, GridKind kind, String description, long seed, List<DiagnosticPoint> points,
        int samplesPerCell) implements GridDefinition, Serializable {

    public DiagnosticGrid {
        if (kind == GridKind.ADAINIT) {
            throw new IllegalArgumentException("an adainit grid is a Grid, not a DiagnosticGrid");
        }
        points = List.copyOf(points);
        if (samplesPerCell < 1) {
            throw new IllegalArgumentException("samples per cell must be >= 1, got " + samplesPerCell);
        }
    }

    public List<DiagnosticCell> cells() {
        List<DiagnosticCell> cells = new ArrayList<>();
        for (DiagnosticPoint point : points) {
            for (int from = 0; from < point.samples(); from += samplesPerCell) {
                cells.add(DiagnosticCell.of(point, seed, from, Math.min(point.samples(), from + samplesPerCell)));
            }
        }
        return cells;
    }
}
