package org.adainit.jobs.diagnosis;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples of one point, joined from whichever of its cells finished, in sample order.
 *
 * @param maxima null for McClean points
 * @param minima null for McClean points
 */
public record PointSamples(DiagnosticPoint point, double[] values, double[] maxima, double[] minima) {

    /** A finished cell and what it computed; collected from the executors to the driver. */
    public record CellValues(DiagnosticCell cell, DiagnosticValues values) implements Serializable {}

    /** Groups finished cells by point (in first-seen order) and concatenates their samples by range. */
    public static List<PointSamples> join(List<CellValues> cells) {
        Map<DiagnosticPoint, List<CellValues>> byPoint = new LinkedHashMap<>();
        for (CellValues cell : cells) {
            byPoint.computeIfAbsent(cell.cell().point(), p -> new ArrayList<>()).add(cell);
        }
        List<PointSamples> joined = new ArrayList<>();
        byPoint.forEach((point, parts) -> {
            parts.sort(Comparator.comparingInt(c -> c.cell().from()));
            boolean ranges = parts.get(0).values().maxima() != null;
            int count = parts.stream().mapToInt(c -> c.values().values().length).sum();
            double[] values = new double[count];
            double[] maxima = ranges ? new double[count] : null;
            double[] minima = ranges ? new double[count] : null;
            int at = 0;
            for (CellValues part : parts) {
                DiagnosticValues v = part.values();
                System.arraycopy(v.values(), 0, values, at, v.values().length);
                if (ranges) {
                    System.arraycopy(v.maxima(), 0, maxima, at, v.values().length);
                    System.arraycopy(v.minima(), 0, minima, at, v.values().length);
                }
                at += v.values().length;
            }
            joined.add(new PointSamples(point, values, maxima, minima));
        });
        return joined;
    }
}
