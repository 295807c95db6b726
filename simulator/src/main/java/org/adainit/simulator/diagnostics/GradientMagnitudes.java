package org.adainit.simulator.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.training.GradientObserver;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.apache.commons.math3.util.ResizableDoubleArray;

/**
 * The distribution of gradient magnitudes |∂E/∂θ_i| per epoch, the view of a barren plateau that training itself
 * gives: every optimiser step of the epoch contributes the magnitude of every parameter of a group, the circuit
 * angles (l0, where a plateau lives) and the linear head (l1, l2) kept apart. Quantiles use numpy's default (linear
 * interpolation, R-7); the histogram counts magnitudes per decade from 1e−12 to 1e2.
 */
public final class GradientMagnitudes implements GradientObserver {

    /** Parameter groups of the QNN. */
    public enum Group { CIRCUIT, HEAD }

    /** Lowest decade edge; smaller magnitudes (and exact zeros) fall in bin 0. */
    public static final int LOWEST_DECADE = -12;
    /** Highest decade edge; larger magnitudes fall in the last bin. */
    public static final int HIGHEST_DECADE = 2;
    /** Bins: [0, 1e−12), one per decade up to 1e2, [1e2, ∞). */
    public static final int BINS = HIGHEST_DECADE - LOWEST_DECADE + 2;

    /** Magnitude statistics of one group in one epoch; {@code histogram[b]} counts bin b (see {@link #binLow}). */
    public record EpochDistribution(int epoch, Group group, int count, double mean, double min, double p05,
            double p25, double median, double p75, double p95, double max, long[] histogram) {}

    private final int circuitParameters;
    private final Map<Integer, ResizableDoubleArray[]> byEpoch = new TreeMap<>();

    public GradientMagnitudes(QnnShape shape) {
        this.circuitParameters = shape.circuitParameterCount();
    }

    @Override
    public void step(int epoch, int step, double[] gradient) {
        ResizableDoubleArray[] groups = byEpoch.computeIfAbsent(
                epoch, e -> new ResizableDoubleArray[] {new ResizableDoubleArray(), new ResizableDoubleArray()});
        for (int i = 0; i < gradient.length; i++) {
            groups[i < circuitParameters ? 0 : 1].addElement(Math.abs(gradient[i]));
        }
    }

    /** One distribution per (epoch, group) seen, in epoch order, circuit before head. */
    public List<EpochDistribution> distributions() {
        List<EpochDistribution> out = new ArrayList<>();
        byEpoch.forEach((epoch, groups) -> {
            for (Group group : Group.values()) {
                out.add(summarise(epoch, group, groups[group.ordinal()].getElements()));
            }
        });
        return out;
    }

    /** Lower edge of histogram bin {@code bin}. */
    public static double binLow(int bin) {
        return bin == 0 ? 0.0 : Math.pow(10, LOWEST_DECADE + bin - 1);
    }

    /** Upper edge of histogram bin {@code bin}; infinite for the last. */
    public static double binHigh(int bin) {
        return bin == BINS - 1 ? Double.POSITIVE_INFINITY : Math.pow(10, LOWEST_DECADE + bin);
    }

    static int bin(double magnitude) {
        if (magnitude < binHigh(0)) {
            return 0;
        }
        return Math.min(BINS - 1, (int) Math.floor(Math.log10(magnitude)) - LOWEST_DECADE + 1);
    }

    private static EpochDistribution summarise(int epoch, Group group, double[] values) {
        long[] histogram = new long[BINS];
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            histogram[bin(v)]++;
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(values);
        return new EpochDistribution(epoch, group, values.length, sum / values.length, min, percentile.evaluate(5),
                percentile.evaluate(25), percentile.evaluate(50), percentile.evaluate(75), percentile.evaluate(95), max,
                histogram);
    }
}
