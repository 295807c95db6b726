package org.adainit.simulator.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdamTest {

    @Test
    void firstStepMovesEachParameterByLearningRateTimesTheGradientSign() {
        // t = 1: m̂ = g, v̂ = g², so Δθ = −lr·g/(|g| + ε).
        double[] theta = {1.0, -2.0, 0.5};
        double[] g = {0.3, -4.0, 1e-9};
        new Adam(3, 0.01).step(theta, g, 3);
        assertEquals(1.0 - 0.01 * 0.3 / (0.3 + 1e-8), theta[0], 1e-15);
        assertEquals(-2.0 + 0.01 * 4.0 / (4.0 + 1e-8), theta[1], 1e-15);
        assertEquals(0.5 - 0.01 * 1e-9 / (1e-9 + 1e-8), theta[2], 1e-15);
    }

    @Test
    void parametersPastTheCountAreLeftAloneAndTheOthersMoveAsInAFullStep() {
        double[] g = {0.3, -4.0, 0.7, 2.0};
        double[] all = {1.0, -2.0, 0.5, 0.25};
        double[] firstTwo = all.clone();
        Adam full = new Adam(4, 0.01);
        Adam partial = new Adam(4, 0.01);
        for (int step = 0; step < 3; step++) {
            full.step(all, g, 4);
            partial.step(firstTwo, g, 2);
        }
        assertEquals(all[0], firstTwo[0]);
        assertEquals(all[1], firstTwo[1]);
        assertEquals(0.5, firstTwo[2]);
        assertEquals(0.25, firstTwo[3]);
    }

    @Test
    void secondStepUsesBiasCorrectedMoments() {
        double lr = 0.05;
        double g1 = 0.7;
        double g2 = -0.2;
        double[] theta = {0.0};
        Adam adam = new Adam(1, lr);
        adam.step(theta, new double[] {g1}, 1);
        adam.step(theta, new double[] {g2}, 1);
        double m = 0.9 * (0.1 * g1) + 0.1 * g2;
        double v = 0.999 * (0.001 * g1 * g1) + 0.001 * g2 * g2;
        double mHat = m / (1 - 0.81);
        double vHat = v / (1 - 0.999 * 0.999);
        double expected = -lr * g1 / (g1 + 1e-8) - lr * mHat / (Math.sqrt(vHat) + 1e-8);
        assertEquals(expected, theta[0], 1e-15);
        assertEquals(2, adam.steps());
    }
}
