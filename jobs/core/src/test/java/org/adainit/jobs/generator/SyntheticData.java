package org.adainit.jobs.generator;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A small seeded binary task of two features already scaled to angles in [0, π]: class 0 around (π/3, π/3), class 1
 * around (2π/3, 2π/3), Gaussian spread 0.35 — a stand-in for a prepared dataset in generator tests.
 */
final class SyntheticData {

    final double[][] x;
    final int[] y;

    SyntheticData(int samples, long seed) {
        RandomGenerator random = new Well19937c(seed);
        x = new double[samples][2];
        y = new int[samples];
        for (int i = 0; i < samples; i++) {
            y[i] = i % 2;
            double centre = (1 + y[i]) * Math.PI / 3;
            for (int f = 0; f < 2; f++) {
                x[i][f] = Math.min(Math.PI, Math.max(0.0, centre + 0.35 * random.nextGaussian()));
            }
        }
    }
}
