package org.adainit.jobs.statistics;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * Method A against method B on matched cells (same dataset, prior, structure and seed): the geometric mean of the
 * ratios V_A/V_B with a percentile-bootstrap 95% interval over the pairs (Efron & Tibshirani 1993, §13.3), the number
 * of pairs A won, and the two-sided Wilcoxon signed-rank p-value of ln V_A − ln V_B (Commons Math: exact up to 15
 * pairs, whose enumeration of 2^n sign patterns stays in milliseconds, the normal approximation beyond). Ratios are
 * compared on the log scale because the variances span orders of magnitude: an arithmetic mean would be one cell's
 * value.
 *
 * <p>With n pairs the smallest two-sided exact p-value is 2/2^n: 0.0625 for the paper's 5 seeds, so a single structure
 * can never be significant at 5%; pooled rows can.
 *
 * @param pairs matched pairs with both variances positive and finite
 * @param wins pairs with V_A > V_B
 * @param geometricMeanRatio exp(mean ln(V_A/V_B))
 * @param ratioCi95Low null with fewer than two pairs
 * @param ratioCi95High null with fewer than two pairs
 * @param wilcoxonP null with fewer than two pairs
 */
public record PairedComparison(int pairs, int wins, double geometricMeanRatio, Double ratioCi95Low,
        Double ratioCi95High, Double wilcoxonP) {

    /** Bootstrap resamples: the percentile interval's Monte-Carlo error is then well under its sampling error. */
    public static final int RESAMPLES = 10_000;

    private static final int EXACT_UP_TO = 15;

    /**
     * Compares a[i] with b[i]; pairs where either value is not positive and finite are dropped (they have no log).
     *
     * @param seed drives the bootstrap resampling, so equal inputs give equal intervals
     * @return null when no pair is left
     */
    public static PairedComparison of(double[] a, double[] b, long seed) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " values of A for " + b.length + " of B");
        }
        double[] logA = new double[a.length];
        double[] logB = new double[a.length];
        int n = 0;
        int wins = 0;
        for (int i = 0; i < a.length; i++) {
            if (usable(a[i]) && usable(b[i])) {
                logA[n] = Math.log(a[i]);
                logB[n] = Math.log(b[i]);
                wins += a[i] > b[i] ? 1 : 0;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        logA = Arrays.copyOf(logA, n);
        logB = Arrays.copyOf(logB, n);
        double[] logRatios = new double[n];
        for (int i = 0; i < n; i++) {
            logRatios[i] = logA[i] - logB[i];
        }
        double geometricMean = Math.exp(mean(logRatios));
        if (n < 2) {
            return new PairedComparison(n, wins, geometricMean, null, null, null);
        }
        double[] interval = bootstrapInterval(logRatios, seed);
        // Commons Math doubles a one-sided tail that can pass ½ when W+ = W−; a probability stops at 1.
        double p = Math.min(1, new WilcoxonSignedRankTest().wilcoxonSignedRankTest(logA, logB, n <= EXACT_UP_TO));
        return new PairedComparison(n, wins, geometricMean, Math.exp(interval[0]), Math.exp(interval[1]), p);
    }

    /** The 2.5% and 97.5% percentiles of the mean over {@link #RESAMPLES} resamples with replacement. */
    static double[] bootstrapInterval(double[] values, long seed) {
        RandomGenerator random = new Well19937c(seed);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[r] = sum / values.length;
        }
        Arrays.sort(means);
        return new double[] {Percentile.of(means, 0.025), Percentile.of(means, 0.975)};
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static boolean usable(double value) {
        return value > 0 && Double.isFinite(value);
    }
}
