package org.adainit.jobs.diagnosis;

import java.util.ArrayList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.adainit.jobs.statistics.ExponentialFit;
import org.adainit.simulator.diagnostics.CircuitDesign;
import org.adainit.simulator.diagnostics.RandomPart;
import org.adainit.simulator.diagnostics.ZhangTask;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/** Moments, fits and the plateau rule on data whose answers are known. */
class SummaryStatisticsTest {

    @Test
    void varianceErrorMatchesTheSpreadOfRepeatedEstimates() {
        // Laplace samples (excess kurtosis 3): the Gaussian formula would understate the spread by a factor ~1.6.
        RandomGenerator random = new Well19937c(1);
        SummaryStatistics estimates = new SummaryStatistics();
        SummaryStatistics reported = new SummaryStatistics();
        for (int batch = 0; batch < 400; batch++) {
            double[] values = new double[200];
            for (int i = 0; i < values.length; i++) {
                double u = random.nextDouble() - 0.5;
                values[i] = -Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
            }
            SampleMoments m = SampleMoments.of(values);
            estimates.addValue(m.variance());
            reported.addValue(m.varianceStderr());
        }
        assertEquals(2.0, estimates.getMean(), 0.05);
        assertEquals(estimates.getStandardDeviation(), reported.getMean(), 0.12 * estimates.getStandardDeviation());
    }

    @Test
    void exponentialFitRecoversTheRate() {
        int[] x = {2, 4, 6, 8, 10};
        double[] y = new double[5];
        for (int i = 0; i < 5; i++) {
            y[i] = Math.exp(1.5 - 0.685 * x[i]);
        }
        ExponentialFit fit = ExponentialFit.of(x, y);
        assertEquals(-0.685, fit.slope(), 1e-12);
        assertEquals(1.5, fit.intercept(), 1e-12);
        assertEquals(5, fit.points());
        y[2] = 0;
        assertEquals(1, ExponentialFit.of(x, y).excluded());
        assertNull(ExponentialFit.of(new int[] {3, 3}, new double[] {1, 2}));
    }

    @Test
    void plateauStartsWhereEveryDeeperPointMatchesThePrediction() {
        // n = 4: prediction 16/765. Depths 4 and 16 far above it, 40 and 80 at it (Gaussian samples of that variance).
        double prediction = 16.0 / 765;
        RandomGenerator random = new Well19937c(2);
        List<McCleanSummary> summaries = new ArrayList<>();
        double[][] series = {{4, 4 * prediction}, {16, 2 * prediction}, {40, prediction}, {80, prediction}};
        for (double[] depth : series) {
            McCleanPoint point = new McCleanPoint(DepthRule.parse(Integer.toString((int) depth[0])), 4, 400);
            summaries.add(McCleanSummary.of(new PointSamples(point, gaussian(random, 400, depth[1]), null, null)));
        }
        McCleanSummary.Plateau plateau = McCleanSummary.plateaus(summaries).get(0);
        assertEquals(40, plateau.plateauLayers());
        assertEquals(80, plateau.deepestLayers());
        assertEquals(1.0, plateau.deepestRatio(), 0.25);
        assertFalse(summaries.get(1).atPrediction());
        assertTrue(summaries.get(3).atPrediction());
    }

    @Test
    void qslPredictionOnlyWhereItIsExact() {
        DepthRule depth = DepthRule.parse("10n");
        double[] ranges = {0.1, 0.3};
        assertEquals(0.125, summary(new ZhangPoint(ZhangTask.QSL, RandomPart.BOTH, CircuitDesign.ONE_DESIGN, depth,
                4, 2), ranges).prediction());
        assertEquals(0.125, summary(new ZhangPoint(ZhangTask.QSL, RandomPart.V1_ONLY, CircuitDesign.TWO_DESIGN,
                depth, 4, 2), ranges).prediction());
        assertNull(summary(new ZhangPoint(ZhangTask.QSL, RandomPart.BOTH, CircuitDesign.TWO_DESIGN, depth, 4, 2),
                ranges).prediction());
        ZhangSummary vqe = summary(new ZhangPoint(ZhangTask.VQE, RandomPart.BOTH, CircuitDesign.TWO_DESIGN, depth,
                4, 2), ranges);
        assertNull(vqe.prediction());
        assertNull(vqe.propositionTwoBound());
        assertEquals(0.2 / 12, vqe.meanRatio(), 1e-12);
        assertEquals(0.2, vqe.meanRange(), 1e-12);
    }

    private static ZhangSummary summary(ZhangPoint point, double[] ranges) {
        return ZhangSummary.of(new PointSamples(point, ranges, ranges, new double[ranges.length]));
    }

    private static double[] gaussian(RandomGenerator random, int count, double variance) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextGaussian() * Math.sqrt(variance);
        }
        return values;
    }
}
