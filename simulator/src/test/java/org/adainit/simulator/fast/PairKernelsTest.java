package org.adainit.simulator.fast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SIMD kernels against their scalar twins, bit for bit (a grid must give the same numbers with and without the
 * Vector API), and the scalar kernels against the plain formulas they stand for.
 */
class PairKernelsTest {

    private static final int SIZE = 1 << 9;

    @BeforeAll
    static void simdIsOn() {
        assertTrue(PairKernels.SIMD, "the simulator's tests run with jdk.incubator.vector; the SIMD path is tested");
    }

    @Test
    void rotationsAreBitIdentical() {
        Random random = new Random(3);
        double[] cs = angles(random, 9);
        for (int b = 2; b + 3 <= 9; b++) {
            double[] simd = gaussian(random, SIZE);
            double[] scalar = simd.clone();
            int m = 1 << b;
            for (int base = 0; base < SIZE; base += 8 * m) {
                VectorPairKernels.rotateTriple(simd, base, m, cs, b);
                PairKernels.scalarRotateTriple(scalar, base, m, cs, b);
            }
            assertArrayEquals(scalar, simd, "rotateTriple at bit " + b);
            VectorPairKernels.rotateRun(simd, 0, m, m, cs[2 * b], cs[2 * b + 1]);
            PairKernels.scalarRotateRun(scalar, 0, m, m, cs[2 * b], cs[2 * b + 1]);
            assertArrayEquals(scalar, simd, "rotateRun at bit " + b);
        }
        double[] simd = gaussian(random, SIZE);
        double[] scalar = simd.clone();
        VectorPairKernels.rotateLanes(simd, 0, SIZE, cs);
        PairKernels.scalarRotateLanes(scalar, 0, SIZE, cs);
        assertArrayEquals(scalar, simd, "rotateLanes");
        // the fused five-bit sweep is the lanes sweep then the triple at bit 2, in both paths
        double[] fused = gaussian(random, SIZE);
        double[] separate = fused.clone();
        VectorPairKernels.rotateFirstFive(fused, 0, SIZE, cs);
        PairKernels.scalarRotateLanes(separate, 0, SIZE, cs);
        PairKernels.scalarRotateTriple(separate, 0, 4, cs, 2);
        for (int base = 32; base < SIZE; base += 32) {
            PairKernels.scalarRotateTriple(separate, base, 4, cs, 2);
        }
        assertArrayEquals(separate, fused, "rotateFirstFive");
    }

    @Test
    void crossSumsAreBitIdentical() {
        Random random = new Random(5);
        double[] pr = gaussian(random, SIZE);
        double[] pi = gaussian(random, SIZE);
        double[] lr = gaussian(random, SIZE);
        double[] li = gaussian(random, SIZE);
        double[] simd = new double[PairKernels.LANE_BLOCK * 9];
        double[] scalar = simd.clone();
        VectorPairKernels.crossLanes(pr, pi, lr, li, 0, SIZE, simd);
        PairKernels.scalarCrossLanes(pr, pi, lr, li, 0, SIZE, scalar);
        assertArrayEquals(scalar, simd, "crossLanes");
        double[] fused = new double[simd.length];
        double[] separate = new double[simd.length];
        VectorPairKernels.crossFirstFour(pr, pi, lr, li, 0, SIZE, fused);
        PairKernels.scalarCrossLanes(pr, pi, lr, li, 0, SIZE, separate);
        for (int base = 0; base < SIZE; base += 16) {
            PairKernels.scalarCrossTwoBits(pr, pi, lr, li, base, 4, 2, separate);
        }
        // each accumulator sees its terms in the same order either way
        assertArrayEquals(separate, fused, "crossFirstFour");
        for (int b = 2; b + 2 <= 9; b += 2) {
            int m = 1 << b;
            for (int base = 0; base < SIZE; base += 4 * m) {
                VectorPairKernels.crossTwoBits(pr, pi, lr, li, base, m, b, simd);
                PairKernels.scalarCrossTwoBits(pr, pi, lr, li, base, m, b, scalar);
            }
            assertArrayEquals(scalar, simd, "crossTwoBits at bit " + b);
        }
        int m = 1 << 8;
        VectorPairKernels.crossRun(pr, pi, lr, li, 0, m, m, simd, PairKernels.LANE_BLOCK * 8);
        PairKernels.scalarCrossRun(pr, pi, lr, li, 0, m, m, scalar, PairKernels.LANE_BLOCK * 8);
        assertArrayEquals(scalar, simd, "crossRun");
    }

    @Test
    void tripleRotationIsThreeSingleRotations() {
        Random random = new Random(7);
        double[] cs = angles(random, 6);
        double[] triple = gaussian(random, 64);
        double[] singles = triple.clone();
        PairKernels.scalarRotateTriple(triple, 0, 4, cs, 2);
        PairKernels.scalarRotateTriple(triple, 32, 4, cs, 2);
        for (int b = 2; b < 5; b++) {
            rotateNaively(singles, b, cs[2 * b], cs[2 * b + 1]);
        }
        assertArrayEquals(singles, triple, 1e-14);
        double[] lanes = gaussian(random, 16);
        double[] naive = lanes.clone();
        PairKernels.scalarRotateLanes(lanes, 0, 16, cs);
        rotateNaively(naive, 0, cs[0], cs[1]);
        rotateNaively(naive, 1, cs[2], cs[3]);
        assertArrayEquals(naive, lanes, 1e-14);
    }

    @Test
    void crossSumsAreTheImaginaryAndRealPartsTheGradientsNeed() {
        Random random = new Random(11);
        double[] pr = gaussian(random, 16);
        double[] pi = gaussian(random, 16);
        double[] lr = gaussian(random, 16);
        double[] li = gaussian(random, 16);
        double[] lanes = new double[PairKernels.LANE_BLOCK * 4];
        PairKernels.scalarCrossLanes(pr, pi, lr, li, 0, 16, lanes);
        PairKernels.scalarCrossTwoBits(pr, pi, lr, li, 0, 4, 2, lanes);
        double[] out = new double[PairKernels.SUMS];
        for (int b = 0; b < 4; b++) {
            // R_st = Σ over pairs (k, k + m) of conj(λ_s)·ψ_t, written out with complex arithmetic
            double r01re = 0, r01im = 0, r10re = 0, r10im = 0;
            int m = 1 << b;
            for (int k = 0; k < 16; k++) {
                if ((k & m) == 0) {
                    int j = k + m;
                    r01re += lr[k] * pr[j] + li[k] * pi[j];
                    r01im += lr[k] * pi[j] - li[k] * pr[j];
                    r10re += lr[j] * pr[k] + li[j] * pi[k];
                    r10im += lr[j] * pi[k] - li[j] * pr[k];
                }
            }
            PairKernels.combineLanes(lanes, PairKernels.LANE_BLOCK * b, out, 0);
            assertEquals(r01im + r10im, out[0], 1e-13, "A of bit " + b);
            assertEquals(r10re - r01re, out[1], 1e-13, "B of bit " + b);
        }
    }

    private static void rotateNaively(double[] a, int b, double c, double s) {
        int m = 1 << b;
        for (int k = 0; k < a.length; k++) {
            if ((k & m) == 0) {
                double x0 = a[k];
                double x1 = a[k + m];
                a[k] = c * x0 - s * x1;
                a[k + m] = s * x0 + c * x1;
            }
        }
    }

    private static double[] angles(Random random, int bits) {
        double[] cs = new double[2 * bits];
        for (int b = 0; b < bits; b++) {
            double half = random.nextDouble() * Math.PI;
            cs[2 * b] = Math.cos(half);
            cs[2 * b + 1] = Math.sin(half);
        }
        return cs;
    }

    private static double[] gaussian(Random random, int size) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = random.nextGaussian();
        }
        return values;
    }
}
