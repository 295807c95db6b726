package org.adainit.simulator.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

class InitialiserTest {

    @Test
    void gaInitVariancesMatchTheSpec() {
        // GaInit's Theorem 4.1: γ² = 1/(4S(L+2)), here with S = 1.
        assertEquals(0.0625, GaInit.variance(2, 1, false), 1e-15);
        assertEquals(1.0 / 24, GaInit.variance(4, 1, false), 1e-15);
        assertEquals(0.025, GaInit.variance(8, 1, false), 1e-15);
        assertEquals(1.0 / 56, GaInit.variance(12, 1, false), 1e-15);
        assertEquals(1.0 / 88, GaInit.variance(20, 1, false), 1e-15);
        assertEquals(1.0 / 168, GaInit.variance(40, 1, false), 1e-15);
        assertEquals(1.0 / 160, GaInit.variance(18, 2, false), 1e-15);
        assertEquals(0.25, GaInit.variance(2, 1, true), 1e-15);
        assertEquals(0.25, GaInit.initialiser(2).standardDeviation(), 1e-15);
    }

    @Test
    void everyTensorIsDrawnFromTheLaw() {
        QnnShape shape = new QnnShape(20, 40, 2);
        QnnParameters p = new UniformInitialiser(-1, 3).sample(shape, new Well19937c(1));
        SummaryStatistics stats = new SummaryStatistics();
        for (double v : p.values()) {
            assertTrue(v >= -1 && v <= 3);
            stats.addValue(v);
        }
        double variance = 16.0 / 12;
        assertEquals(1.0, stats.getMean(), 4 * Math.sqrt(variance / stats.getN()));
        assertEquals(variance, stats.getVariance(), 0.1);
        // the head is drawn too, not left at zero
        assertTrue(p.l1(1, 19) != 0 && p.l2(1) != 0);
    }

    @Test
    void eachLawStatesTheSupportItsDrawsFallIn() {
        assertEquals(new Support(-1, 3), new UniformInitialiser(-1, 3).support());
        assertEquals(new Support(0, 2 * Math.PI), new UniformInitialiser(0, 2 * Math.PI).support());
        assertEquals(new Support(0, 1), new BetaInitialiser(2, 5).support());
        assertEquals(new Support(0, 1), BeInit.fit(new double[][] {{2, 4}, {6, 3}, {5, 5}}).support());
        assertEquals(Support.REAL_LINE, NormalInitialiser.standard().support());
        assertEquals(Support.REAL_LINE, GaInit.initialiser(4).support());
        QnnShape shape = new QnnShape(4, 3, 2);
        for (Initialiser law : new Initialiser[] {new UniformInitialiser(-1, 3), new BetaInitialiser(0.6, 1.4)}) {
            for (double v : law.sample(shape, new Well19937c(8)).values()) {
                assertTrue(law.support().contains(v), law + " drew " + v);
            }
        }
    }

    @Test
    void sameSeedSameDraw() {
        QnnShape shape = new QnnShape(3, 2, 2);
        assertEquals(NormalInitialiser.standard().sample(shape, new Well19937c(4)),
                NormalInitialiser.standard().sample(shape, new Well19937c(4)));
    }

    @Test
    void lawsNameTheirParameters() {
        assertEquals("standard uniform", UniformInitialiser.standard().law());
        assertEquals("standard normal", NormalInitialiser.standard().law());
        assertEquals("normal with mean 0.0 and std 0.250000", GaInit.initialiser(2).law());
        assertEquals("beta with alpha 0.6012 and beta 1.3769", new BetaInitialiser(0.6012, 1.3769).law());
    }

    @Test
    void betaMaximumLikelihoodRecoversKnownParameters() {
        BetaDistribution truth = new BetaDistribution(new Well19937c(2), 0.6, 1.4);
        double[] samples = truth.sample(200_000);
        BetaMaximumLikelihood.Estimate e = BetaMaximumLikelihood.fit(samples);
        assertEquals(0.6, e.alpha(), 0.01);
        assertEquals(1.4, e.beta(), 0.02);
    }

    @Test
    void betaFitSolvesTheScoreEquations() {
        double[] samples = new BetaDistribution(new Well19937c(3), 2.5, 0.8).sample(500);
        BetaMaximumLikelihood.Estimate e = BetaMaximumLikelihood.fit(samples);
        double meanLog = 0;
        double meanLog1m = 0;
        for (double x : samples) {
            meanLog += Math.log(x) / samples.length;
            meanLog1m += Math.log1p(-x) / samples.length;
        }
        double psiSum = org.apache.commons.math3.special.Gamma.digamma(e.alpha() + e.beta());
        assertEquals(meanLog, org.apache.commons.math3.special.Gamma.digamma(e.alpha()) - psiSum, 1e-10);
        assertEquals(meanLog1m, org.apache.commons.math3.special.Gamma.digamma(e.beta()) - psiSum, 1e-10);
    }

    @Test
    void beInitScalesGloballyAndNudgesTheBounds() {
        double[] scaled = BeInit.globallyScaled(new double[][] {{2, 4}, {6, 3}});
        assertEquals(BeInit.BOUNDARY_NUDGE, scaled[0]);
        assertEquals(0.5, scaled[1], 1e-15);
        assertEquals(1 - BeInit.BOUNDARY_NUDGE, scaled[2]);
        assertEquals(0.25, scaled[3], 1e-15);
        assertEquals("beinit", BeInit.fit(new double[][] {{2, 4}, {6, 3}, {5, 5}}).name());
    }
}
