package org.adainit.simulator.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.adainit.simulator.diagnostics.ZhangExperiment.Setting;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

class ZhangExperimentTest {

    @Test
    void stateLearningMeanIsTwoToTheOneMinusNForEveryLegend() {
        for (RandomPart part : RandomPart.values()) {
            for (int n = 2; n <= 6; n++) {
                ZhangExperiment.Result r = ZhangExperiment.run(
                        Setting.paper(ZhangTask.QSL, n, part, CircuitDesign.ONE_DESIGN), 400, 24);
                double tolerance = 4 * r.stdRatio() / Math.sqrt(r.samples());
                assertEquals(ZhangExperiment.predictedStateLearningMean(n), r.meanRatio(), tolerance,
                        part + " n=" + n);
            }
        }
    }

    @Test
    void autoencoderSecondMomentsMatchTheTwoDesignIntegrals() {
        // V1 only: Δ = |Bloch vector of wire 0| of a Haar state, E[Δ²] = 3/(d+1). V2 only: Δ² = (a−d)² + 4|b|² of
        // V2†(|1⟩⟨1|⊗I)V2 compressed to span{|0…0⟩, |10…0⟩}, and the Weingarten integral gives E[Δ²] = (3/2)·d/(d²−1).
        for (int n = 2; n <= 4; n++) {
            double d = Math.pow(2, n);
            assertSecondMoment(ZhangTask.QAE, n, RandomPart.V1_ONLY, 3 / (d + 1));
            assertSecondMoment(ZhangTask.QAE, n, RandomPart.V2_ONLY, 1.5 * d / (d * d - 1));
        }
    }

    @Test
    void heisenbergSecondMomentWithRandomV2MatchesTheTwoDesignIntegral() {
        // Same compression argument as the autoencoder: E[Δ²] = 6·tr(H²)/(d²−1); tr(H²) = d·Σ c², i.e. 3n·d for n ≥ 3
        // distinct bond strings, and 12·d at n = 2, where the doubled bond has coefficient 2.
        for (int n = 2; n <= 4; n++) {
            double d = Math.pow(2, n);
            double traceH2 = n == 2 ? 12 * d : 3 * n * d;
            double w = ZhangTask.VQE.width(n);
            assertSecondMoment(ZhangTask.VQE, n, RandomPart.V2_ONLY, 6 * traceH2 / (d * d - 1) / (w * w));
        }
    }

    @Test
    void heisenbergMeansAgreeWithTheSpecTableWithinSamplingError() {
        // The independent numpy sims (docs/diagnostics.md) give 20-sample means, so the tolerance counts their
        // sampling error as well as ours.
        double[][] spec = {{0.80, 0.63, 0.67}, {0.21, 0.16, 0.27}};
        int[] qubits = {2, 4};
        int samples = 100;
        for (int row = 0; row < 2; row++) {
            for (RandomPart part : RandomPart.values()) {
                ZhangExperiment.Result r = ZhangExperiment.run(
                        Setting.paper(ZhangTask.VQE, qubits[row], part, CircuitDesign.TWO_DESIGN), samples, 7);
                double tolerance = 3 * r.stdRatio() * Math.sqrt(1.0 / 20 + 1.0 / samples);
                assertEquals(spec[row][part.ordinal()], r.meanRatio(), tolerance, part + " n=" + qubits[row]);
            }
        }
    }

    @Test
    void samplesDependOnlyOnTheirIndex() {
        Setting setting = Setting.paper(ZhangTask.VQE, 3, RandomPart.BOTH, CircuitDesign.TWO_DESIGN);
        VariationRange[] all = ZhangExperiment.ranges(setting, 5, 0, 6);
        VariationRange[] tail = ZhangExperiment.ranges(setting, 5, 4, 6);
        assertArrayEquals(new VariationRange[] {all[4], all[5]}, tail);
        assertTrue(all[0].range() != ZhangExperiment.ranges(setting, 6, 0, 1)[0].range());
    }

    @Test
    void boundsFollowTheirFormulas() {
        assertEquals(8.0, ZhangExperiment.theoremOneBound(4), 1e-12);
        assertEquals(1.0, ZhangExperiment.theoremOneBound(10), 1e-12);
        assertEquals(0.25, ZhangExperiment.propositionTwoBound(4), 1e-12);
        assertEquals(0.5, ZhangExperiment.predictedStateLearningMean(2), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> new Setting(ZhangTask.QSL, 4, RandomPart.BOTH, CircuitDesign.ONE_DESIGN, 3));
    }

    /**
     * Uses 30n layers: at the paper's 10n McClean's circuit is only approximately a 2-design (at n = 3 the QAE V2-only
     * moment is 0.202 ± 0.003 over 3000 samples against 0.1905; at 30n it is 0.192).
     */
    private static void assertSecondMoment(ZhangTask task, int n, RandomPart part, double expected) {
        Setting setting = new Setting(task, n, part, CircuitDesign.TWO_DESIGN, 30 * n);
        double width = task.width(n);
        SummaryStatistics squares = new SummaryStatistics();
        for (VariationRange range : ZhangExperiment.ranges(setting, 2024, 0, 300)) {
            double ratio = range.range() / width;
            squares.addValue(ratio * ratio);
        }
        double tolerance = 4 * squares.getStandardDeviation() / Math.sqrt(squares.getN());
        assertEquals(expected, squares.getMean(), tolerance, task + " " + part + " n=" + n);
    }
}
