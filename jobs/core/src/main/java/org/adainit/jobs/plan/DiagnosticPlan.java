package org.adainit.jobs.plan;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.adainit.jobs.diagnosis.DiagnosticCell;
import org.adainit.jobs.diagnosis.DiagnosticPoint;
import org.adainit.jobs.grid.DiagnosticGrid;

/**
 * What a McClean or Zhang grid will cost: per point (or per cell) the samples and the simulator time at the
 * development machine's speed (gate updates of 2^n amplitudes, timed at n = 10..16; the VQE width diagonalisation
 * adds ~2 s per executor at n = 10), then the totals.
 */
public record DiagnosticPlan(DiagnosticGrid grid) {

    public void print(PrintWriter out, int cores, boolean perCell) {
        List<DiagnosticCell> cells = grid.cells();
        if (perCell) {
            out.printf(Locale.ROOT, "%-56s %8s %12s%n", "cell (schedule order)", "samples", "simulator");
            cells.stream()
                    .sorted(Comparator.comparingDouble(DiagnosticCell::estimatedSeconds).reversed())
                    .forEach(c -> out.printf(Locale.ROOT, "%-56s %8d %12s%n", c.id(), c.to() - c.from(),
                            Plan.seconds(c.estimatedSeconds())));
        } else {
            out.printf(Locale.ROOT, "%-48s %8s %6s %12s%n", "point", "samples", "cells", "simulator");
            for (DiagnosticPoint point : grid.points()) {
                long pointCells = cells.stream().filter(c -> c.point().equals(point)).count();
                out.printf(Locale.ROOT, "%-48s %8d %6d %12s%n", point.id(), point.samples(), pointCells,
                        Plan.seconds(point.samples() * point.sampleSeconds()));
            }
        }
        double total = cells.stream().mapToDouble(DiagnosticCell::estimatedSeconds).sum();
        double longest = cells.stream().mapToDouble(DiagnosticCell::estimatedSeconds).max().orElse(0);
        out.printf(Locale.ROOT, "total: %d points, %d cells, %d samples; simulator %s of CPU, about %s on %d cores "
                        + "(longest cell %s)%n", grid.points().size(), cells.size(),
                grid.points().stream().mapToLong(DiagnosticPoint::samples).sum(), Plan.seconds(total),
                Plan.seconds(Math.max(total / cores, longest)), cores, Plan.seconds(longest));
    }
}
