package org.adainit.jobs.diagnostics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid of a diagnostic kind (McClean's or Zhang's experiment): its points, the seed every sample derives from, and
 * how many samples one Spark task computes.
 *
 * @param samplesPerCell a point with more samples is split into cells of this many (the last may be smaller)
 */
public record DiagnosticGrid(String name, String description, long seed, List<DiagnosticPoint> points,
        int samplesPerCell) implements Serializable {

    public DiagnosticGrid {
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
