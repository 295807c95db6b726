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
    static void applyRun(double[] re, double[] im, int first, int second, int count, double[] m, int o) {
        double ar = m[o];
        double ai = m[o + 1];
        double br = m[o + 2];
        double bi = m[o + 3];
        double cr = m[o + 4];
        double ci = m[o + 5];
        double dr = m[o + 6];
        double di = m[o + 7];
        for (int i = 0; i < count; i += PairKernels.LANES) {
            int k = first + i;
            int j = second + i;
            DoubleVector r0 = DoubleVector.fromArray(SPECIES, re, k);
            DoubleVector i0 = DoubleVector.fromArray(SPECIES, im, k);
            DoubleVector r1 = DoubleVector.fromArray(SPECIES, re, j);
            DoubleVector i1 = DoubleVector.fromArray(SPECIES, im, j);
            r0.mul(ar).sub(i0.mul(ai)).add(r1.mul(br)).sub(i1.mul(bi)).intoArray(re, k);
            i0.mul(ar).add(r0.mul(ai)).add(i1.mul(br)).add(r1.mul(bi)).intoArray(im, k);
            r0.mul(cr).sub(i0.mul(ci)).add(r1.mul(dr)).sub(i1.mul(di)).intoArray(re, j);
            i0.mul(cr).add(r0.mul(ci)).add(i1.mul(dr)).add(r1.mul(di)).intoArray(im, j);
        }
    }

    /** Adds the cross sums lane-wise into {@code lanes[offset ..]} (8 entries × 4 lanes); count a multiple of 4. */
    static void crossRun(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm,
            int first, int second, int count, double[] lanes, int offset) {
        DoubleVector r00 = DoubleVector.zero(SPECIES);
        DoubleVector i00 = r00;
        DoubleVector r01 = r00;
        DoubleVector i01 = r00;
        DoubleVector r10 = r00;
        DoubleVector i10 = r00;
        DoubleVector r11 = r00;
        DoubleVector i11 = r00;
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
            r00 = r00.add(l0r.mul(p0r).add(l0i.mul(p0i)));
            i00 = i00.add(l0r.mul(p0i).sub(l0i.mul(p0r)));
            r01 = r01.add(l0r.mul(p1r).add(l0i.mul(p1i)));
            i01 = i01.add(l0r.mul(p1i).sub(l0i.mul(p1r)));
            r10 = r10.add(l1r.mul(p0r).add(l1i.mul(p0i)));
            i10 = i10.add(l1r.mul(p0i).sub(l1i.mul(p0r)));
            r11 = r11.add(l1r.mul(p1r).add(l1i.mul(p1i)));
            i11 = i11.add(l1r.mul(p1i).sub(l1i.mul(p1r)));
        }
        r00.add(DoubleVector.fromArray(SPECIES, lanes, offset + 0)).intoArray(lanes, offset + 0);
        i00.add(DoubleVector.fromArray(SPECIES, lanes, offset + 4)).intoArray(lanes, offset + 4);
        r01.add(DoubleVector.fromArray(SPECIES, lanes, offset + 8)).intoArray(lanes, offset + 8);
        i01.add(DoubleVector.fromArray(SPECIES, lanes, offset + 12)).intoArray(lanes, offset + 12);
        r10.add(DoubleVector.fromArray(SPECIES, lanes, offset + 16)).intoArray(lanes, offset + 16);
        i10.add(DoubleVector.fromArray(SPECIES, lanes, offset + 20)).intoArray(lanes, offset + 20);
        r11.add(DoubleVector.fromArray(SPECIES, lanes, offset + 24)).intoArray(lanes, offset + 24);
        i11.add(DoubleVector.fromArray(SPECIES, lanes, offset + 28)).intoArray(lanes, offset + 28);
    }
}
