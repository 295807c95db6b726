package org.adainit.jobs.statistics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The spread of positive values that span orders of magnitude (gradient variances over seeds), summarised on the log
 * scale: the geometric mean, the geometric standard deviation (the factor one standard deviation of ln v spans, so
 * "mean ×/÷ std" never reaches zero) and a 95% interval for the geometric mean from Student's t on ln v. Every bound
 * is positive by construction, which a t-interval of the arithmetic mean of a variance is not.
 *
 * @param count positive finite values used; values ≤ 0 have no logarithm and are left out
 * @param geometricStd null with fewer than two values
 * @param ci95Low null with fewer than two values
 * @param ci95High null with fewer than two values
 */
public record GeometricSpread(int count, double geometricMean, Double geometricStd, Double ci95Low,
        Double ci95High) {

    /** The spread of the positive finite values, or null when there is none. */
    public static GeometricSpread of(double[] values) {
        double sum = 0;
        double sumSquares = 0;
        int n = 0;
        for (double v : values) {
            if (v > 0 && Double.isFinite(v)) {
                double log = Math.log(v);
                sum += log;
                sumSquares += log * log;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        double meanLog = sum / n;
        if (n < 2) {
            return new GeometricSpread(n, Math.exp(meanLog), null, null, null);
        }
        double sdLog = Math.sqrt(Math.max(0, (sumSquares - n * meanLog * meanLog) / (n - 1)));
        double halfWidth = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sdLog / Math.sqrt(n);
        return new GeometricSpread(n, Math.exp(meanLog), Math.exp(sdLog), Math.exp(meanLog - halfWidth),
                Math.exp(meanLog + halfWidth));
    }
}
