package org.adainit.jobs.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Paired comparisons against hand-computed values and a seeded simulation with a known ratio. */
class PairedComparisonTest {

    @Test
    void geometricMeanAndWinsOfASmallSample() {
        // Ratios 2, 4 and 1/4: product 2, so the geometric mean is 2^(1/3); A wins two of three.
        PairedComparison c = PairedComparison.of(new double[] {2, 8, 1}, new double[] {1, 2, 4}, 1);
        assertEquals(3, c.pairs());
        assertEquals(2, c.wins());
        assertEquals(Math.cbrt(2), c.geometricMeanRatio(), 1e-12);
        assertTrue(c.ratioCi95Low() <= c.geometricMeanRatio() && c.geometricMeanRatio() <= c.ratioCi95High());
    }

    @Test
    void wilcoxonPValueMatchesTheHandCount() {
        // ln-ratio differences 0.3, -0.1, 0.7, 1.2, -0.4, 0.9: ranks of |d| are 2+, 1-, 4+, 6+, 3-, 5+, so W+ = 17.
        // Of the 64 sign patterns, those with W+ ≥ 17 are the complements of the subsets of {1..6} summing to ≤ 4:
        // {}, {1}, {2}, {3}, {4}, {1,2}, {1,3}, i.e. 7. Two-sided p = 2·7/64.
        double[] d = {0.3, -0.1, 0.7, 1.2, -0.4, 0.9};
        double[] a = new double[d.length];
        double[] b = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            b[i] = Math.exp(-3 - i);
            a[i] = b[i] * Math.exp(d[i]);
        }
        assertEquals(14.0 / 64, PairedComparison.of(a, b, 1).wilcoxonP(), 1e-12);
        // All five of five won: the smallest p five pairs can give, 2/2^5.
        assertEquals(0.0625, PairedComparison.of(new double[] {2, 3, 4, 5, 6}, new double[] {1, 1, 1, 1, 1}, 1)
                .wilcoxonP(), 1e-12);
    }

    @Test
    void wilcoxonOfManyPairsUsesTheNormalApproximation() {
        // 25 pairs, all won, distinct |d| = 1..25: W− = 0, E[W] = 162.5, Var[W] = 25·26·51/24 = 1381.25. Commons
        // Math 3.6.1 shifts W− by −0.5 (not the textbook +0.5 towards the mean): z = (0 − 162.5 − 0.5)/√1381.25.
        double[] a = new double[25];
        double[] b = new double[25];
        for (int i = 0; i < 25; i++) {
            b[i] = 1;
            a[i] = Math.exp((i + 1) / 10.0);
        }
        double z = (0 - 162.5 - 0.5) / Math.sqrt(1381.25);
        double expected = 2 * new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(z);
        assertEquals(expected, PairedComparison.of(a, b, 1).wilcoxonP(), 1e-9);
    }

    @Test
    void bootstrapIntervalCoversTheTrueRatio() {
        RandomGenerator random = new Well19937c(11);
        double trueLogRatio = 0.7;
        int replicates = 300;
        int covered = 0;
        for (int r = 0; r < replicates; r++) {
            double[] a = new double[20];
            double[] b = new double[20];
            for (int i = 0; i < 20; i++) {
                b[i] = Math.exp(-5 + 2 * random.nextGaussian());
                a[i] = b[i] * Math.exp(trueLogRatio + random.nextGaussian());
            }
            PairedComparison c = PairedComparison.of(a, b, r);
            covered += c.ratioCi95Low() <= Math.exp(trueLogRatio) && Math.exp(trueLogRatio) <= c.ratioCi95High()
                    ? 1 : 0;
        }
        double coverage = covered / (double) replicates;
        // The percentile bootstrap of a mean of 20 under-covers a little (about 93%); Binomial sd at 300 is 0.013.
        assertTrue(coverage > 0.89 && coverage < 0.98, "coverage " + coverage);
    }

    @Test
    void sameSeedSameIntervalAndUnusablePairsDropped() {
        double[] a = {1e-3, 2e-3, 0, 5e-4, 3e-3, Double.NaN};
        double[] b = {1e-4, 3e-3, 1e-3, 1e-4, 1e-3, 1e-3};
        PairedComparison first = PairedComparison.of(a, b, 42);
        assertEquals(first, PairedComparison.of(a, b, 42));
        assertEquals(4, first.pairs());
        assertEquals(3, first.wins());
        PairedComparison one = PairedComparison.of(new double[] {2}, new double[] {1}, 1);
        assertEquals(2, one.geometricMeanRatio(), 1e-12);
        assertNull(one.ratioCi95Low());
        assertNull(one.wilcoxonP());
        assertNull(PairedComparison.of(new double[] {0}, new double[] {1}, 1));
    }
}
