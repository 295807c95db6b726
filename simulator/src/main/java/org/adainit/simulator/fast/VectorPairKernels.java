package org.adainit.simulator.fast;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * SIMD bodies of {@link PairKernels}, four doubles per vector (a fixed width, so results do not depend on the
 * machine's widest registers). Loaded only when the {@code jdk.incubator.vector} module is present.
 */
final class VectorPairKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;

    private VectorPairKernels() {}

    /** count must be a multiple of {@link PairKernels#LANES}. */
    static void rotateRun(double[] re, double[] im, int first, int second, int count, double c, double s) {
        for (int i = 0; i < count; i += PairKernels.LANES) {
            int k = first + i;
            int j = second + i;
            DoubleVector r0 = DoubleVector.fromArray(SPECIES, re, k);
            DoubleVector r1 = DoubleVector.fromArray(SPECIES, re, j);
            r0.mul(c).sub(r1.mul(s)).intoArray(re, k);
            r0.mul(s).add(r1.mul(c)).intoArray(re, j);
            DoubleVector i0 = DoubleVector.fromArray(SPECIES, im, k);
            DoubleVector i1 = DoubleVector.fromArray(SPECIES, im, j);
            i0.mul(c).sub(i1.mul(s)).intoArray(im, k);
            i0.mul(s).add(i1.mul(c)).intoArray(im, j);
        }
    }

    /** Adds the cross sums lane-wise into {@code lanes[offset ..]}; count a multiple of 4. */
    static void crossRun(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm,
            int first, int second, int count, double[] lanes, int offset) {
        // Continue each lane's running sum, so the additions happen in the scalar loop's order.
        DoubleVector re01 = DoubleVector.fromArray(SPECIES, lanes, offset);
        DoubleVector im01 = DoubleVector.fromArray(SPECIES, lanes, offset + PairKernels.LANES);
        DoubleVector re10 = DoubleVector.fromArray(SPECIES, lanes, offset + 2 * PairKernels.LANES);
        DoubleVector im10 = DoubleVector.fromArray(SPECIES, lanes, offset + 3 * PairKernels.LANES);
        for (int i = 0; i < count; i += PairKernels.LANES) {
            int k = first + i;
            int j = second + i;
            DoubleVector p0r = DoubleVector.fromArray(SPECIES, psiRe, k);
            DoubleVector p0i = DoubleVector.fromArray(SPECIES, psiIm, k);
            DoubleVector p1r = DoubleVector.fromArray(SPECIES, psiRe, j);
            DoubleVector p1i = DoubleVector.fromArray(SPECIES, psiIm, j);
            DoubleVector l0r = DoubleVector.fromArray(SPECIES, lamRe, k);
            DoubleVector l0i = DoubleVector.fromArray(SPECIES, lamIm, k);
            DoubleVector l1r = DoubleVector.fromArray(SPECIES, lamRe, j);
            DoubleVector l1i = DoubleVector.fromArray(SPECIES, lamIm, j);
            re01 = re01.add(l0r.mul(p1r).add(l0i.mul(p1i)));
            im01 = im01.add(l0r.mul(p1i).sub(l0i.mul(p1r)));
            re10 = re10.add(l1r.mul(p0r).add(l1i.mul(p0i)));
            im10 = im10.add(l1r.mul(p0i).sub(l1i.mul(p0r)));
        }
        re01.intoArray(lanes, offset);
        im01.intoArray(lanes, offset + PairKernels.LANES);
        re10.intoArray(lanes, offset + 2 * PairKernels.LANES);
        im10.intoArray(lanes, offset + 3 * PairKernels.LANES);
    }
}
