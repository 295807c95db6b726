package org.adainit.jobs.diagnosis;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Least-squares fit of ln y = intercept + slope·x, e.g. ln Var[∂C] against the qubit count: McClean's Fig. 3 slope is
 * −0.685 per qubit, Zhang's Theorem 1 predicts −ln(2)/2 ≈ −0.347 for E[Δ]/w. Points with y ≤ 0 have no logarithm and
 * are counted in {@code excluded}.
 *
 * @param slopeStderr null when two points leave no residual
 * @param rSquared null when two points leave no residual
 */
public record ExponentialFit(int points, int excluded, int xMin, int xMax, double slope, Double slopeStderr,
        double intercept, Double rSquared) {

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
        return new ExponentialFit((int) regression.getN(), excluded, xMin, xMax, regression.getSlope(),
                finite(regression.getSlopeStdErr()), regression.getIntercept(), finite(regression.getRSquare()));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
