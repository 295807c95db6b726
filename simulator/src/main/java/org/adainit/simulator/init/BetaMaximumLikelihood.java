package org.adainit.simulator.init;

import org.apache.commons.math3.special.Gamma;

/**
 * Maximum-likelihood Beta(α, β) on (0, 1) (scipy's {@code beta.fit(floc=0, fscale=1)}): Newton's method on the score
 * equations ψ(α) − ψ(α+β) = mean ln x and ψ(β) − ψ(α+β) = mean ln(1−x), started from the method of moments.
 */
public final class BetaMaximumLikelihood {

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-13;

    /** Fitted parameters. */
    public record Estimate(double alpha, double beta) {}

    private BetaMaximumLikelihood() {}

    public static Estimate fit(double[] samples) {
        double meanLog = 0;
        double meanLog1m = 0;
        double mean = 0;
        double meanSquare = 0;
        for (double x : samples) {
            if (!(x > 0 && x < 1)) {
                throw new IllegalArgumentException("Beta samples must lie in (0, 1), got " + x);
            }
            meanLog += Math.log(x);
            meanLog1m += Math.log1p(-x);
            mean += x;
            meanSquare += x * x;
        }
        int n = samples.length;
        meanLog /= n;
        meanLog1m /= n;
        mean /= n;
        double variance = meanSquare / n - mean * mean;
        double common = variance > 0 ? mean * (1 - mean) / variance - 1 : 1;
        double alpha = Math.max(mean * common, 1e-3);
        double beta = Math.max((1 - mean) * common, 1e-3);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double psiSum = Gamma.digamma(alpha + beta);
            double g1 = Gamma.digamma(alpha) - psiSum - meanLog;
            double g2 = Gamma.digamma(beta) - psiSum - meanLog1m;
            double triSum = Gamma.trigamma(alpha + beta);
            double h11 = Gamma.trigamma(alpha) - triSum;
            double h22 = Gamma.trigamma(beta) - triSum;
            double h12 = -triSum;
            double det = h11 * h22 - h12 * h12;
            double stepAlpha = (h22 * g1 - h12 * g2) / det;
            double stepBeta = (h11 * g2 - h12 * g1) / det;
            // Halve the step until both parameters stay positive: Newton can overshoot from a poor start.
            double scale = 1.0;
            while (alpha - scale * stepAlpha <= 0 || beta - scale * stepBeta <= 0) {
                scale /= 2;
            }
            alpha -= scale * stepAlpha;
            beta -= scale * stepBeta;
            if (Math.abs(stepAlpha) * scale < TOLERANCE * alpha && Math.abs(stepBeta) * scale < TOLERANCE * beta) {
                break;
            }
        }
        return new Estimate(alpha, beta);
    }
}
