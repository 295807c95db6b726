package org.adainit.jobs.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Spearman's rho against the rank-difference formula, and its bootstrap interval's behaviour. */
class RankCorrelationTest {

    @Test
    void rhoMatchesOneMinusSixSumOfSquaredRankDifferences() {
        // Ranks of x: 1..5; ranks of y: 2, 1, 4, 3, 5. Σd² = 1 + 1 + 1 + 1 + 0 = 4; rho = 1 − 6·4/(5·24) = 0.8.
        double[] variance = {1e-5, 1e-4, 1e-3, 1e-2, 1e-1};
        double[] accuracy = {0.55, 0.5, 0.8, 0.7, 0.95};
        RankCorrelation r = RankCorrelation.of(variance, accuracy, 3);
        assertEquals(5, r.pairs());
        assertEquals(0.8, r.rho(), 1e-12);
        assertEquals(r, RankCorrelation.of(variance, accuracy, 3));
    }

    @Test
    void intervalSeparatesAStrongFromANullAssociation() {
        RandomGenerator random = new Well19937c(5);
        double[] x = new double[60];
        double[] related = new double[60];
        double[] unrelated = new double[60];
        for (int i = 0; i < 60; i++) {
            x[i] = random.nextGaussian();
            related[i] = x[i] + 0.3 * random.nextGaussian();
            unrelated[i] = random.nextGaussian();
        }
        RankCorrelation strong = RankCorrelation.of(x, related, 1);
        assertTrue(strong.ci95Low() > 0.7, "strong association: " + strong);
        RankCorrelation none = RankCorrelation.of(x, unrelated, 1);
        assertTrue(none.ci95Low() < 0 && none.ci95High() > 0, "no association: " + none);
    }

    @Test
    void aConstantSideHasNoCorrelation() {
        RankCorrelation r = RankCorrelation.of(new double[] {1, 2, 3, 4}, new double[] {0.5, 0.5, 0.5, 0.5}, 1);
        assertNull(r.rho());
        assertEquals(4, r.pairs());
        assertEquals(2, RankCorrelation.of(new double[] {1, 2, Double.NaN}, new double[] {1, 2, 3}, 1).pairs());
    }
}
