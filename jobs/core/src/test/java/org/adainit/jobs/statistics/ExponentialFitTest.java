package org.adainit.jobs.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** The one exponential fit: OLS on ln y written out by hand, its interval's coverage, and the trend it supports. */
class ExponentialFitTest {

    @Test
    void slopeAndIntervalMatchTheTextbookFormulas() {
        int[] x = {1, 2, 3, 4};
        double[] lnY = {0, -1, -1.5, -3.2};
        // x̄ = 2.5, Sxx = 5; ȳ = -1.425; Sxy = Σ(x - x̄)(y - ȳ) = -1.5·1.425 - 0.5·0.425 + 0.5·(-0.075) + 1.5·(-1.775)
        double sxy = -1.5 * 1.425 - 0.5 * 0.425 + 0.5 * -0.075 + 1.5 * -1.775;
        double slope = sxy / 5;
        double intercept = -1.425 - slope * 2.5;
        double sse = 0;
        for (int i = 0; i < 4; i++) {
            double residual = lnY[i] - intercept - slope * x[i];
            sse += residual * residual;
        }
        double stderr = Math.sqrt(sse / 2 / 5);
        double t = 4.302652729749464; // Student t, 2 degrees of freedom, 97.5% quantile (tables)
        ExponentialFit fit = ExponentialFit.of(x, exp(lnY));
        assertEquals(-1.01, slope, 1e-12);
        assertEquals(slope, fit.slope(), 1e-12);
        assertEquals(intercept, fit.intercept(), 1e-12);
        assertEquals(stderr, fit.slopeStderr(), 1e-12);
        assertEquals(slope - t * stderr, fit.slopeCi95Low(), 1e-9);
        assertEquals(slope + t * stderr, fit.slopeCi95High(), 1e-9);
        assertEquals(Math.exp(slope), fit.factorPerStep(), 1e-12);
    }

    @Test
    void intervalCoversTheTrueSlopeNineteenTimesInTwenty() {
        RandomGenerator random = new Well19937c(7);
        int[] x = {2, 4, 6, 8, 10};
        int covered = 0;
        int replicates = 2000;
        for (int r = 0; r < replicates; r++) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = Math.exp(1 - 0.69 * x[i] + 0.4 * random.nextGaussian());
            }
            ExponentialFit fit = ExponentialFit.of(x, y);
            covered += fit.slopeCi95Low() <= -0.69 && -0.69 <= fit.slopeCi95High() ? 1 : 0;
        }
        double coverage = covered / (double) replicates;
        // Binomial(2000, 0.95) has standard deviation 0.005: ±3 of them.
        assertTrue(Math.abs(coverage - 0.95) < 0.015, "coverage " + coverage);
    }

    @Test
    void trendIsReadFromTheIntervalNotFromTheSign() {
        int[] x = {2, 4, 6, 8, 10};
        assertEquals(Trend.FALLS, ExponentialFit.of(x, new double[] {1, 0.26, 0.06, 0.016, 0.004}).trend());
        assertEquals(Trend.RISES, ExponentialFit.of(x, new double[] {1, 1.9, 4.1, 8.2, 15.8}).trend());
        // Slope +0.014 but noise of ±50%: not a trend.
        ExponentialFit flat = ExponentialFit.of(x, new double[] {1, 1.5, 0.6, 1.4, 0.9});
        assertTrue(flat.slope() != 0);
        assertEquals(Trend.NO_SIGNIFICANT_TREND, flat.trend());
        // Two points fit exactly: no residual, no interval, no claim.
        ExponentialFit two = ExponentialFit.of(new int[] {2, 4}, new double[] {1, 0.1});
        assertNull(two.slopeStderr());
        assertEquals(Trend.UNDETERMINED, two.trend());
    }

    @Test
    void pointsWithoutALogarithmAreCountedNotFitted() {
        ExponentialFit fit = ExponentialFit.of(new int[] {1, 2, 3, 4}, new double[] {1, 0, Math.exp(-2), -1});
        assertEquals(2, fit.points());
        assertEquals(2, fit.excluded());
        assertEquals(-2.0 / 2, fit.slope(), 1e-12);
        assertNull(ExponentialFit.of(new int[] {3, 3}, new double[] {1, 2}));
    }

    private static double[] exp(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.exp(values[i]);
        }
        return out;
    }
}
