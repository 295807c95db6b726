package org.adainit.simulator.fast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class LinearBitMapTest {

    @Test
    void gatherPermutesLikeTheMapForRingsAndRandomCnotSequences() {
        Well19937c random = new Well19937c(3);
        for (int bits = 1; bits <= 16; bits++) {
            for (int trial = 0; trial < 4; trial++) {
                int length = bits == 1 ? 0 : 3 * bits;
                int[] controls = new int[length];
                int[] targets = new int[length];
                for (int i = 0; i < length; i++) {
                    controls[i] = random.nextInt(bits);
                    targets[i] = (controls[i] + 1 + random.nextInt(bits - 1)) % bits;
                }
                LinearBitMap map = LinearBitMap.ofCnots(bits, controls, targets, trial % 2 == 0);
                int dimension = 1 << bits;
                double[] srcRe = new double[dimension];
                double[] srcIm = new double[dimension];
                for (int k = 0; k < dimension; k++) {
                    srcRe[k] = k;
                    srcIm[k] = -k;
                }
                double[] dstRe = new double[dimension];
                double[] dstIm = new double[dimension];
                map.gather(srcRe, srcIm, dstRe, dstIm);
                for (int k = 0; k < dimension; k++) {
                    int expected = sequence(k, controls, targets, trial % 2 == 0);
                    assertEquals(expected, dstRe[k], "bits=" + bits + " k=" + k);
                    assertEquals(-expected, dstIm[k]);
                }
            }
        }
    }

    /** The CNOT sequence applied to a basis index directly, the definition the tables must match. */
    private static int sequence(int index, int[] controls, int[] targets, boolean inverse) {
        for (int step = 0; step < controls.length; step++) {
            int k = inverse ? controls.length - 1 - step : step;
            index ^= ((index >>> controls[k]) & 1) << targets[k];
        }
        return index;
    }
}
