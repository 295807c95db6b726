package org.adainit.simulator.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class McCleanExperimentTest {

    @Test
    void predictionMatchesTheSpecTable() {
        assertEquals(0.0889, McCleanExperiment.predictedVariance(2), 5e-5);
        assertEquals(0.0423, McCleanExperiment.predictedVariance(3), 5e-5);
        assertEquals(0.00521, McCleanExperiment.predictedVariance(6), 5e-6);
        assertEquals(3.26e-4, McCleanExperiment.predictedVariance(10), 5e-7);
    }

    @Test
    void varianceAtTenNLayersIsWithinTwentyPercentOfThePrediction() {
        for (int n = 2; n <= 8; n++) {
            McCleanExperiment.Result r = McCleanExperiment.run(n, 10 * n, 1000, 2018);
            double predicted = McCleanExperiment.predictedVariance(n);
            assertEquals(predicted, r.variance(), 0.2 * predicted, "n=" + n);
            assertEquals(0.0, r.mean(), 4 * Math.sqrt(r.variance() / r.samples()), "mean at n=" + n);
        }
    }

    @Test
    void sameSeedSameSamples() {
        assertEquals(McCleanExperiment.run(4, 8, 50, 1), McCleanExperiment.run(4, 8, 50, 1));
        assertTrue(McCleanExperiment.run(4, 8, 50, 1).variance() != McCleanExperiment.run(4, 8, 50, 2).variance());
    }
}
