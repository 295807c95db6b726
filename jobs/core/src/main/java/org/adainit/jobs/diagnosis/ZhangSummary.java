package org.adainit.jobs.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.adainit.jobs.names.ExternalNames;
import org.adainit.jobs.statistics.ExponentialFit;
import org.adainit.simulator.diagnostics.CircuitDesign;
import org.adainit.simulator.diagnostics.RandomPart;
import org.adainit.simulator.diagnostics.ZhangExperiment;
import org.adainit.simulator.diagnostics.ZhangTask;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * One Zhang point reduced to the mean and spread of Δ/w(H), next to the paper's bounds; and, over points, the fitted
 * ln-slope of E[Δ]/w against n per legend next to the theory's exponent.
 *
 * @param meanRange E[Δ] (not normalised)
 * @param meanRatio E[Δ]/w(H), what Fig. 5 plots
 * @param stdRatio sample standard deviation of Δ/w(H) (Fig. 5's error bars)
 */
public record ZhangSummary(ZhangPoint point, int samples, double width, double meanRange, double meanRatio,
        double stdRatio) {

    /**
     * Slope of ln(E[Δ]/w) against n for one legend.
     *
     * @param theorySlope −ln 2 for QSL (Proposition 2 and the exact 2^{1−n}), −ln(2)/2 for VQE and QAE (Theorem 1)
     */
    public record Slope(ZhangTask task, RandomPart part, CircuitDesign design, String depth, ExponentialFit fit,
            double theorySlope) {}

    public static ZhangSummary of(PointSamples samples) {
        if (!(samples.point() instanceof ZhangPoint point)) {
            throw new IllegalArgumentException(samples.point().id() + " is not a Zhang point");
        }
        double width = point.width();
        DescriptiveStatistics ratios = new DescriptiveStatistics();
        for (double range : samples.values()) {
            ratios.addValue(range / width);
        }
        return new ZhangSummary(point, samples.values().length, width, ratios.getMean() * width, ratios.getMean(),
                ratios.getStandardDeviation());
    }

    public double stderrRatio() {
        return stdRatio / Math.sqrt(samples);
    }

    /** Theorem 1 (m = 1): E[Δ]/w ≤ 2^{5 − n/2} when V1 or V2 is a 2-design. */
    public double theoremOneBound() {
        return ZhangExperiment.theoremOneBound(point.qubits());
    }

    /** Proposition 2 (m = 1): E[Δ] ≤ 2^{2 − n} for the fidelity cost; null for the other tasks. */
    public Double propositionTwoBound() {
        return point.task() == ZhangTask.QSL ? ZhangExperiment.propositionTwoBound(point.qubits()) : null;
    }

    /**
     * The exact E[Δ]/w where one is known: 2^{1−n} for QSL whenever one side is the identity or the circuits are
     * products (1-design), since Δ is then a product of independent fidelities of mean ½ (half Proposition 2's bound).
     * With both sides 2-designs an extra 2·E|det M| term raises it, and VQE/QAE have only the slope; null there.
     */
    public Double prediction() {
        boolean exact = point.task() == ZhangTask.QSL
                && (point.part() != RandomPart.BOTH || point.design() == CircuitDesign.ONE_DESIGN);
        return exact ? ZhangExperiment.predictedStateLearningMean(point.qubits()) : null;
    }

    /** One fit per legend (task, part, design, depth) with at least two qubit counts. */
    public static List<Slope> slopes(List<ZhangSummary> summaries) {
        Map<String, List<ZhangSummary>> legends = summaries.stream().collect(Collectors.groupingBy(
                s -> String.join("/", s.point().task().name(), s.point().part().name(), s.point().design().name(),
                        s.point().depth().label()), TreeMap::new, Collectors.toList()));
        List<Slope> slopes = new ArrayList<>();
        for (List<ZhangSummary> legend : legends.values()) {
            ExponentialFit fit = ExponentialFit.of(legend.stream().mapToInt(s -> s.point().qubits()).toArray(),
                    legend.stream().mapToDouble(ZhangSummary::meanRatio).toArray());
            if (fit != null) {
                ZhangPoint p = legend.get(0).point();
                double theory = p.task() == ZhangTask.QSL ? -Math.log(2) : -Math.log(2) / 2;
                slopes.add(new Slope(p.task(), p.part(), p.design(), p.depth().label(), fit, theory));
            }
        }
        return slopes;
    }
}
