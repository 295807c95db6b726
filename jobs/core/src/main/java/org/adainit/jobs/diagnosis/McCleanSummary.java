package org.adainit.jobs.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.adainit.jobs.statistics.ExponentialFit;

/**
 * One McClean point reduced to its moments, next to the 2-design prediction 2^n/(3(4^n − 1)); and, over points, the
 * fitted ln-slope per depth series (McClean's Fig. 3: −0.685) and where each qubit count's variance reaches the
 * plateau (Fig. 4: by about 10n layers).
 */
public record McCleanSummary(McCleanPoint point, SampleMoments moments) {

    /** McClean et al.'s fitted slope of ln Var against n (Fig. 3). */
    public static final double PAPER_SLOPE = -0.685;

    /** How many standard errors of the variance count as "at the 2-design value". */
    public static final double PLATEAU_ERRORS = 3.0;

    /**
     * Slope of ln Var against n for one depth series.
     *
     * @param predictedSlope the same fit on the 2-design predictions at the same n (about −ln 2)
     */
    public record Slope(String depth, ExponentialFit fit, double predictedSlope) {}

    /**
     * The depth series of one qubit count.
     *
     * @param plateauLayers the smallest depth from which every deeper point is at the 2-design value within
     *     {@link #PLATEAU_ERRORS} standard errors; null when the deepest point is not
     */
    public record Plateau(int qubits, int depths, Integer plateauLayers, int deepestLayers, double deepestRatio) {}

    public static McCleanSummary of(PointSamples samples) {
        if (!(samples.point() instanceof McCleanPoint point)) {
            throw new IllegalArgumentException(samples.point().id() + " is not a McClean point");
        }
        return new McCleanSummary(point, SampleMoments.of(samples.values()));
    }

    public double prediction() {
        return point.prediction();
    }

    /** Measured over predicted variance. */
    public double ratio() {
        return moments.variance() / point.prediction();
    }

    /** True when the variance is within {@link #PLATEAU_ERRORS} standard errors of the prediction. */
    public boolean atPrediction() {
        Double stderr = moments.varianceStderr();
        return stderr != null && Math.abs(moments.variance() - point.prediction()) <= PLATEAU_ERRORS * stderr;
    }

    /** One fit per depth series with at least two qubit counts, in depth-label order. */
    public static List<Slope> slopes(List<McCleanSummary> summaries) {
        Map<String, List<McCleanSummary>> series = summaries.stream().collect(
                Collectors.groupingBy(s -> s.point().depth().label(), TreeMap::new, Collectors.toList()));
        List<Slope> slopes = new ArrayList<>();
        series.forEach((depth, points) -> {
            int[] qubits = points.stream().mapToInt(s -> s.point().qubits()).toArray();
            ExponentialFit fit = ExponentialFit.of(qubits,
                    points.stream().mapToDouble(s -> s.moments().variance()).toArray());
            if (fit != null) {
                ExponentialFit predicted = ExponentialFit.of(qubits,
                        points.stream().mapToDouble(McCleanSummary::prediction).toArray());
                slopes.add(new Slope(depth, fit, predicted.slope()));
            }
        });
        return slopes;
    }

    /** One entry per qubit count with at least two depths, in qubit order. */
    public static List<Plateau> plateaus(List<McCleanSummary> summaries) {
        Map<Integer, List<McCleanSummary>> byQubits = summaries.stream().collect(
                Collectors.groupingBy(s -> s.point().qubits(), TreeMap::new, Collectors.toList()));
        List<Plateau> plateaus = new ArrayList<>();
        byQubits.forEach((qubits, points) -> {
            List<McCleanSummary> byDepth = new ArrayList<>(points);
            byDepth.sort(Comparator.comparingInt(s -> s.point().layers()));
            if (byDepth.stream().mapToInt(s -> s.point().layers()).distinct().count() < 2) {
                return;
            }
            Integer onset = null;
            for (int i = byDepth.size() - 1; i >= 0 && byDepth.get(i).atPrediction(); i--) {
                onset = byDepth.get(i).point().layers();
            }
            McCleanSummary deepest = byDepth.get(byDepth.size() - 1);
            plateaus.add(new Plateau(qubits, byDepth.size(), onset, deepest.point().layers(), deepest.ratio()));
        });
        return plateaus;
    }
}
