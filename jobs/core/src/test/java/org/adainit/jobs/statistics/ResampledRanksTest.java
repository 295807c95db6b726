package org.adainit.jobs.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.junit.jupiter.api.Test;

/** The linear-time resample ranks are bit for bit Commons Math's NaturalRanking of the resampled values. */
class ResampledRanksTest {

    @Test
    void ranksOfResamplesWithManyTiesEqualNaturalRanking() {
        RandomGenerator random = new Well19937c(11);
        // Accuracies take few distinct values (ties), variances are continuous; -0.0 and 0.0 are distinct levels.
        double[] values = new double[37];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 3 == 0 ? Math.floor(random.nextDouble() * 5) / 4 : random.nextGaussian();
        }
        values[4] = -0.0;
        values[7] = 0.0;
        ResampledRanks ranks = new ResampledRanks(values);
        int[] picks = new int[values.length];
        double[] resampled = new double[values.length];
        double[] fast = new double[values.length];
        for (int r = 0; r < 500; r++) {
            for (int i = 0; i < picks.length; i++) {
                picks[i] = random.nextInt(values.length);
                resampled[i] = values[picks[i]];
            }
            ranks.rank(picks);
            for (int i = 0; i < picks.length; i++) {
                fast[i] = ranks.rankOf(picks[i]);
            }
            assertArrayEquals(new NaturalRanking().rank(resampled), fast, 0.0, "resample " + r);
        }
    }

    @Test
    void aResampleOfOneRepeatedValueIsConstant() {
        ResampledRanks ranks = new ResampledRanks(new double[] {0.5, 0.25, 0.5});
        assertTrue(ranks.constant(new int[] {0, 2, 0}));
        assertFalse(ranks.constant(new int[] {0, 1, 2}));
        ranks.rank(new int[] {0, 1, 2});
        assertEquals(1.0, ranks.rankOf(1));
        assertEquals(2.5, ranks.rankOf(0));
    }
}
