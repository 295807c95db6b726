package org.adainit.jobs.statistics;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Spearman's rank correlation of paired values (e.g. an initialisation's gradient variance and the test accuracy it
 * trains to) with a percentile-bootstrap 95% interval over the pairs. Ranks make it indifferent to the log scale of
 * the variance; ties get their average rank.
 *
 * @param rho null when either side is constant (no ranking to correlate)
 * @param ci95Low null without rho, or when no resample ranked both sides
 * @param ci95High null without rho, or when no resample ranked both sides
 */
public record RankCorrelation(int pairs, Double rho, Double ci95Low, Double ci95High) {

    /** Bootstrap resamples. */
    public static final int RESAMPLES = 4_000;

    /**
     * The correlation of the pairs where both values are finite.
     *
     * @param seed drives the resampling, so equal inputs give equal intervals
     */
    public static RankCorrelation of(double[] x, double[] y, long seed) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values for " + y.length + " y values");
        }
        double[] xs = new double[x.length];
        double[] ys = new double[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                xs[n] = x[i];
                ys[n] = y[i];
                n++;
            }
        }
        xs = Arrays.copyOf(xs, n);
        ys = Arrays.copyOf(ys, n);
        Double rho = n < 3 ? null : spearman(xs, ys);
        if (rho == null) {
            return new RankCorrelation(n, null, null, null);
        }
        RandomGenerator random = new Well19937c(seed);
        double[] resampled = new double[RESAMPLES];
        int kept = 0;
        ResampledRanks xRanks = new ResampledRanks(xs);
        ResampledRanks yRanks = new ResampledRanks(ys);
        int[] picks = new int[n];
        for (int r = 0; r < RESAMPLES; r++) {
            for (int i = 0; i < n; i++) {
                picks[i] = random.nextInt(n);
            }
            // A resample that repeats one pair n times has no ranking; it is skipped rather than counted as 0.
            if (xRanks.constant(picks) || yRanks.constant(picks)) {
                continue;
            }
            xRanks.rank(picks);
            yRanks.rank(picks);
            // Pearson's r of the ranks, as SpearmansCorrelation computes it (a SimpleRegression fed in sample order).
            SimpleRegression ranks = new SimpleRegression();
            for (int pick : picks) {
                ranks.addData(xRanks.rankOf(pick), yRanks.rankOf(pick));
            }
            double value = ranks.getR();
            if (Double.isFinite(value)) {
                resampled[kept++] = value;
            }
        }
        if (kept == 0) {
            return new RankCorrelation(n, rho, null, null);
        }
        double[] sorted = Arrays.copyOf(resampled, kept);
        Arrays.sort(sorted);
        return new RankCorrelation(n, rho, Percentile.of(sorted, 0.025),
                Percentile.of(sorted, 0.975));
    }

    private static Double spearman(double[] x, double[] y) {
        if (constant(x) || constant(y)) {
            return null;
        }
        double value = new SpearmansCorrelation().correlation(x, y);
        return Double.isFinite(value) ? value : null;
    }

    private static boolean constant(double[] values) {
        return Arrays.stream(values).allMatch(v -> v == values[0]);
    }
}
