package org.adainit.jobs.statistics;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Least-squares fit of ln y = intercept + slope·x, e.g. ln Var[∂C] against the qubit count: McClean et al. (2018,
 * Fig. 3) fit −0.685 per qubit, close to −ln 2; Zhang et al. (AAAI'24, Theorem 1) predict −ln(2)/2 ≈ −0.347 for
 * E[Δ]/w. Points with y ≤ 0 have no logarithm and are counted in {@code excluded}. The 95% interval of the slope is
 * Student's t with points − 2 degrees of freedom (ordinary least squares with normal residuals).
 *
 * @param slopeStderr null when two points leave no residual
 * @param slopeCi95Low null when two points leave no residual
 * @param slopeCi95High null when two points leave no residual
 * @param rSquared null when two points leave no residual
 */
public record ExponentialFit(int points, int excluded, int xMin, int xMax, double slope, Double slopeStderr,
        Double slopeCi95Low, Double slopeCi95High, double intercept, Double rSquared) {

    /** The fit, or null when fewer than two distinct x carry a positive y. */
    public static ExponentialFit of(int[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values for " + y.length + " y values");
        }
        SimpleRegression regression = new SimpleRegression();
        int excluded = 0;
        int xMin = Integer.MAX_VALUE;
        int xMax = Integer.MIN_VALUE;
        for (int i = 0; i < x.length; i++) {
            if (y[i] > 0 && Double.isFinite(y[i])) {
                regression.addData(x[i], Math.log(y[i]));
                xMin = Math.min(xMin, x[i]);
                xMax = Math.max(xMax, x[i]);
            } else {
                excluded++;
            }
        }
        if (regression.getN() < 2 || xMin == xMax) {
            return null;
        }
        double slope = regression.getSlope();
        Double stderr = finite(regression.getSlopeStdErr());
        Double halfWidth = stderr == null ? null
                : new TDistribution(regression.getN() - 2).inverseCumulativeProbability(0.975) * stderr;
        return new ExponentialFit((int) regression.getN(), excluded, xMin, xMax, slope, stderr,
                halfWidth == null ? null : slope - halfWidth, halfWidth == null ? null : slope + halfWidth,
                regression.getIntercept(), finite(regression.getRSquare()));
    }

    /** What the interval says about the direction of the trend; {@link Trend#UNDETERMINED} without an interval. */
    public Trend trend() {
        return Trend.of(slopeCi95Low, slopeCi95High);
    }

    /** The factor y changes by per unit of x, e^slope (0.5 = halves per qubit). */
    public double factorPerStep() {
        return Math.exp(slope);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
