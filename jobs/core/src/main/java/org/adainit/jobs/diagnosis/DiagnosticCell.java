package org.adainit.jobs.diagnosis;

import java.io.Serializable;

/**
 * Samples [from, to) of one point: the unit one Spark task computes and commits.
 *
 * @param id the point's id and the range, e.g. {@code mcclean.10n.n8.l80.s0-250}
 * @param seed the grid's seed; each sample derives its own from it and its index
 */
public record DiagnosticCell(String id, DiagnosticPoint point, long seed, int from, int to) implements Serializable {

    public DiagnosticCell {
        if (from < 0 || to <= from || to > point.samples()) {
            throw new IllegalArgumentException("cell " + id + ": bad sample range [" + from + ", " + to + ") of "
                    + point.samples());
        }
    }

    public static DiagnosticCell of(DiagnosticPoint point, long seed, int from, int to) {
        return new DiagnosticCell(point.id() + ".s" + from + "-" + to, point, seed, from, to);
    }

    public DiagnosticValues compute() {
        return point.compute(seed, from, to);
    }

    /** Estimated simulator seconds on the development machine. */
    public double estimatedSeconds() {
        return (to - from) * point.sampleSeconds();
    }
}
