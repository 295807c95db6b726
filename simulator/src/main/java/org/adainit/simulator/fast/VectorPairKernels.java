package org.adainit.simulator.fast;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * SIMD bodies of {@link PairKernels}, four doubles per vector (a fixed width, so results do not depend on the
 * machine's widest registers). Each mirrors its scalar twin operation by operation. Loaded only when the
 * {@code jdk.incubator.vector} module is present.
 */
final class VectorPairKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;
    /** Lane j ← lane j ⊕ 1, and lane j ← lane j ⊕ 2: the partner of an amplitude on bit 0, on bit 1. */
    private static final VectorShuffle<Double> PARTNER_BIT0 = VectorShuffle.fromValues(SPECIES, 1, 0, 3, 2);
    private static final VectorShuffle<Double> PARTNER_BIT1 = VectorShuffle.fromValues(SPECIES, 2, 3, 0, 1);
    /** −1 where a lane holds the lower amplitude of its pair on bit 0 (on bit 1), +1 where the upper. */
    private static final DoubleVector LOWER_BIT0 = DoubleVector.fromArray(SPECIES, new double[] {-1, 1, -1, 1}, 0);
    private static final DoubleVector LOWER_BIT1 = DoubleVector.fromArray(SPECIES, new double[] {-1, -1, 1, 1}, 0);

    private VectorPairKernels() {}

    /** count must be a multiple of {@link PairKernels#LANES}. */
    static void rotateRun(double[] a, int first, int second, int count, double c, double s) {
        DoubleVector cv = DoubleVector.broadcast(SPECIES, c);
        DoubleVector sv = DoubleVector.broadcast(SPECIES, s);
        for (int i = 0; i < count; i += PairKernels.LANES) {
            int k = first + i;
            int j = second + i;
            DoubleVector x0 = DoubleVector.fromArray(SPECIES, a, k);
            DoubleVector x1 = DoubleVector.fromArray(SPECIES, a, j);
            x0.mul(cv).sub(x1.mul(sv)).intoArray(a, k);
            x0.mul(sv).add(x1.mul(cv)).intoArray(a, j);
        }
    }

    /**
     * Bit 0 then bit 1 within each group of four: x·c + partner(x)·(∓s), the sign − where the lane holds the lower
     * amplitude of its pair, which is c·x_low − s·x_high and c·x_high + s·x_low exactly as the scalar loop has them.
     */
    static void rotateLanes(double[] a, int from, int to, double[] cs) {
        DoubleVector c0 = DoubleVector.broadcast(SPECIES, cs[0]);
        DoubleVector c1 = DoubleVector.broadcast(SPECIES, cs[2]);
        DoubleVector s0 = LOWER_BIT0.mul(cs[1]);
        DoubleVector s1 = LOWER_BIT1.mul(cs[3]);
        for (int k = from; k < to; k += PairKernels.LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, a, k);
            DoubleVector y = x.mul(c0).add(x.rearrange(PARTNER_BIT0).mul(s0));
            y.mul(c1).add(y.rearrange(PARTNER_BIT1).mul(s1)).intoArray(a, k);
        }
    }

    /**
     * {@link PairKernels#rotateFirstFive}: each group of 32 amplitudes (bits 0–4) is eight vectors held in registers
     * through bits 0 and 1 (lane shuffles, as {@link #rotateLanes}) and bits 2, 3, 4 (as {@link #rotateTriple}).
     */
    static void rotateFirstFive(double[] a, int from, int to, double[] cs) {
        DoubleVector lc0 = DoubleVector.broadcast(SPECIES, cs[0]);
        DoubleVector lc1 = DoubleVector.broadcast(SPECIES, cs[2]);
        DoubleVector ls0 = LOWER_BIT0.mul(cs[1]);
        DoubleVector ls1 = LOWER_BIT1.mul(cs[3]);
        DoubleVector c0 = DoubleVector.broadcast(SPECIES, cs[4]);
        DoubleVector s0 = DoubleVector.broadcast(SPECIES, cs[5]);
        DoubleVector c1 = DoubleVector.broadcast(SPECIES, cs[6]);
        DoubleVector s1 = DoubleVector.broadcast(SPECIES, cs[7]);
        DoubleVector c2 = DoubleVector.broadcast(SPECIES, cs[8]);
        DoubleVector s2 = DoubleVector.broadcast(SPECIES, cs[9]);
        for (int k = from; k < to; k += 8 * PairKernels.LANES) {
            DoubleVector v0 = DoubleVector.fromArray(SPECIES, a, k);
            DoubleVector w0 = v0.mul(lc0).add(v0.rearrange(PARTNER_BIT0).mul(ls0));
            DoubleVector x0 = w0.mul(lc1).add(w0.rearrange(PARTNER_BIT1).mul(ls1));
            DoubleVector v1 = DoubleVector.fromArray(SPECIES, a, k + 4);
            DoubleVector w1 = v1.mul(lc0).add(v1.rearrange(PARTNER_BIT0).mul(ls0));
            DoubleVector x1 = w1.mul(lc1).add(w1.rearrange(PARTNER_BIT1).mul(ls1));
            DoubleVector v2 = DoubleVector.fromArray(SPECIES, a, k + 8);
            DoubleVector w2 = v2.mul(lc0).add(v2.rearrange(PARTNER_BIT0).mul(ls0));
            DoubleVector x2 = w2.mul(lc1).add(w2.rearrange(PARTNER_BIT1).mul(ls1));
            DoubleVector v3 = DoubleVector.fromArray(SPECIES, a, k + 12);
            DoubleVector w3 = v3.mul(lc0).add(v3.rearrange(PARTNER_BIT0).mul(ls0));
            DoubleVector x3 = w3.mul(lc1).add(w3.rearrange(PARTNER_BIT1).mul(ls1));
            DoubleVector v4 = DoubleVector.fromArray(SPECIES, a, k + 16);
            DoubleVector w4 = v4.mul(lc0).add(v4.rearrange(PARTNER_BIT0).mul(ls0));
            DoubleVector x4 = w4.mul(lc1).add(w4.rearrange(PARTNER_BIT1).mul(ls1));
            DoubleVector v5 = DoubleVector.fromArray(SPECIES, a, k + 20);
            DoubleVector w5 = v5.mul(lc0).add(v5.rearrange(PARTNER_BIT0).mul(ls0));
            DoubleVector x5 = w5.mul(lc1).add(w5.rearrange(PARTNER_BIT1).mul(ls1));
            DoubleVector v6 = DoubleVector.fromArray(SPECIES, a, k + 24);
            DoubleVector w6 = v6.mul(lc0).add(v6.rearrange(PARTNER_BIT0).mul(ls0));
            DoubleVector x6 = w6.mul(lc1).add(w6.rearrange(PARTNER_BIT1).mul(ls1));
            DoubleVector v7 = DoubleVector.fromArray(SPECIES, a, k + 28);
            DoubleVector w7 = v7.mul(lc0).add(v7.rearrange(PARTNER_BIT0).mul(ls0));
            DoubleVector x7 = w7.mul(lc1).add(w7.rearrange(PARTNER_BIT1).mul(ls1));
            DoubleVector y0 = x0.mul(c0).sub(x1.mul(s0));
            DoubleVector y1 = x0.mul(s0).add(x1.mul(c0));
            DoubleVector y2 = x2.mul(c0).sub(x3.mul(s0));
            DoubleVector y3 = x2.mul(s0).add(x3.mul(c0));
            DoubleVector y4 = x4.mul(c0).sub(x5.mul(s0));
            DoubleVector y5 = x4.mul(s0).add(x5.mul(c0));
            DoubleVector y6 = x6.mul(c0).sub(x7.mul(s0));
            DoubleVector y7 = x6.mul(s0).add(x7.mul(c0));
            DoubleVector z0 = y0.mul(c1).sub(y2.mul(s1));
            DoubleVector z2 = y0.mul(s1).add(y2.mul(c1));
            DoubleVector z1 = y1.mul(c1).sub(y3.mul(s1));
            DoubleVector z3 = y1.mul(s1).add(y3.mul(c1));
            DoubleVector z4 = y4.mul(c1).sub(y6.mul(s1));
            DoubleVector z6 = y4.mul(s1).add(y6.mul(c1));
            DoubleVector z5 = y5.mul(c1).sub(y7.mul(s1));
            DoubleVector z7 = y5.mul(s1).add(y7.mul(c1));
            z0.mul(c2).sub(z4.mul(s2)).intoArray(a, k);
            z0.mul(s2).add(z4.mul(c2)).intoArray(a, k + 16);
            z1.mul(c2).sub(z5.mul(s2)).intoArray(a, k + 4);
            z1.mul(s2).add(z5.mul(c2)).intoArray(a, k + 20);
            z2.mul(c2).sub(z6.mul(s2)).intoArray(a, k + 8);
            z2.mul(s2).add(z6.mul(c2)).intoArray(a, k + 24);
            z3.mul(c2).sub(z7.mul(s2)).intoArray(a, k + 12);
            z3.mul(s2).add(z7.mul(c2)).intoArray(a, k + 28);
        }
    }

    /** count must be a multiple of {@link PairKernels#LANES}. */
    static void rotateTriple(double[] a, int base, int count, double[] cs, int b) {
        int m = 1 << b;
        DoubleVector c0 = DoubleVector.broadcast(SPECIES, cs[2 * b]);
        DoubleVector s0 = DoubleVector.broadcast(SPECIES, cs[2 * b + 1]);
        DoubleVector c1 = DoubleVector.broadcast(SPECIES, cs[2 * b + 2]);
        DoubleVector s1 = DoubleVector.broadcast(SPECIES, cs[2 * b + 3]);
        DoubleVector c2 = DoubleVector.broadcast(SPECIES, cs[2 * b + 4]);
        DoubleVector s2 = DoubleVector.broadcast(SPECIES, cs[2 * b + 5]);
        for (int i = 0; i < count; i += PairKernels.LANES) {
            int k = base + i;
            DoubleVector x0 = DoubleVector.fromArray(SPECIES, a, k);
            DoubleVector x1 = DoubleVector.fromArray(SPECIES, a, k + m);
            DoubleVector x2 = DoubleVector.fromArray(SPECIES, a, k + 2 * m);
            DoubleVector x3 = DoubleVector.fromArray(SPECIES, a, k + 3 * m);
            DoubleVector x4 = DoubleVector.fromArray(SPECIES, a, k + 4 * m);
            DoubleVector x5 = DoubleVector.fromArray(SPECIES, a, k + 5 * m);
            DoubleVector x6 = DoubleVector.fromArray(SPECIES, a, k + 6 * m);
            DoubleVector x7 = DoubleVector.fromArray(SPECIES, a, k + 7 * m);
            DoubleVector y0 = x0.mul(c0).sub(x1.mul(s0));
            DoubleVector y1 = x0.mul(s0).add(x1.mul(c0));
            DoubleVector y2 = x2.mul(c0).sub(x3.mul(s0));
            DoubleVector y3 = x2.mul(s0).add(x3.mul(c0));
            DoubleVector y4 = x4.mul(c0).sub(x5.mul(s0));
            DoubleVector y5 = x4.mul(s0).add(x5.mul(c0));
            DoubleVector y6 = x6.mul(c0).sub(x7.mul(s0));
            DoubleVector y7 = x6.mul(s0).add(x7.mul(c0));
            DoubleVector z0 = y0.mul(c1).sub(y2.mul(s1));
            DoubleVector z2 = y0.mul(s1).add(y2.mul(c1));
            DoubleVector z1 = y1.mul(c1).sub(y3.mul(s1));
            DoubleVector z3 = y1.mul(s1).add(y3.mul(c1));
            DoubleVector z4 = y4.mul(c1).sub(y6.mul(s1));
            DoubleVector z6 = y4.mul(s1).add(y6.mul(c1));
            DoubleVector z5 = y5.mul(c1).sub(y7.mul(s1));
            DoubleVector z7 = y5.mul(s1).add(y7.mul(c1));
            z0.mul(c2).sub(z4.mul(s2)).intoArray(a, k);
            z0.mul(s2).add(z4.mul(c2)).intoArray(a, k + 4 * m);
            z1.mul(c2).sub(z5.mul(s2)).intoArray(a, k + m);
            z1.mul(s2).add(z5.mul(c2)).intoArray(a, k + 5 * m);
            z2.mul(c2).sub(z6.mul(s2)).intoArray(a, k + 2 * m);
            z2.mul(s2).add(z6.mul(c2)).intoArray(a, k + 6 * m);
            z3.mul(c2).sub(z7.mul(s2)).intoArray(a, k + 3 * m);
            z3.mul(s2).add(z7.mul(c2)).intoArray(a, k + 7 * m);
        }
    }

    /** {@link PairKernels#crossRun}; count a multiple of 4. */
    static void crossRun(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm,
            int first, int second, int count, double[] lanes, int offset) {
        // Continue each lane's running sum, so the additions happen in the scalar loop's order.
        DoubleVector a = DoubleVector.fromArray(SPECIES, lanes, offset);
        DoubleVector b = DoubleVector.fromArray(SPECIES, lanes, offset + PairKernels.LANES);
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
            a = a.add(l0r.mul(p1i).sub(l0i.mul(p1r)).add(l1r.mul(p0i).sub(l1i.mul(p0r))));
            b = b.add(l1r.mul(p0r).add(l1i.mul(p0i)).sub(l0r.mul(p1r).add(l0i.mul(p1i))));
        }
        a.intoArray(lanes, offset);
        b.intoArray(lanes, offset + PairKernels.LANES);
    }

    /** {@link PairKernels#crossTwoBits}; count a multiple of 4. */
    static void crossTwoBits(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm,
            int base, int count, int bit, double[] lanes) {
        int m = 1 << bit;
        int low = PairKernels.LANE_BLOCK * bit;
        int high = low + PairKernels.LANE_BLOCK;
        DoubleVector lowA = DoubleVector.fromArray(SPECIES, lanes, low);
        DoubleVector lowB = DoubleVector.fromArray(SPECIES, lanes, low + PairKernels.LANES);
        DoubleVector highA = DoubleVector.fromArray(SPECIES, lanes, high);
        DoubleVector highB = DoubleVector.fromArray(SPECIES, lanes, high + PairKernels.LANES);
        for (int i = 0; i < count; i += PairKernels.LANES) {
            int k = base + i;
            DoubleVector p0r = DoubleVector.fromArray(SPECIES, psiRe, k);
            DoubleVector p0i = DoubleVector.fromArray(SPECIES, psiIm, k);
            DoubleVector p1r = DoubleVector.fromArray(SPECIES, psiRe, k + m);
            DoubleVector p1i = DoubleVector.fromArray(SPECIES, psiIm, k + m);
            DoubleVector p2r = DoubleVector.fromArray(SPECIES, psiRe, k + 2 * m);
            DoubleVector p2i = DoubleVector.fromArray(SPECIES, psiIm, k + 2 * m);
            DoubleVector p3r = DoubleVector.fromArray(SPECIES, psiRe, k + 3 * m);
            DoubleVector p3i = DoubleVector.fromArray(SPECIES, psiIm, k + 3 * m);
            DoubleVector l0r = DoubleVector.fromArray(SPECIES, lamRe, k);
            DoubleVector l0i = DoubleVector.fromArray(SPECIES, lamIm, k);
            DoubleVector l1r = DoubleVector.fromArray(SPECIES, lamRe, k + m);
            DoubleVector l1i = DoubleVector.fromArray(SPECIES, lamIm, k + m);
            DoubleVector l2r = DoubleVector.fromArray(SPECIES, lamRe, k + 2 * m);
            DoubleVector l2i = DoubleVector.fromArray(SPECIES, lamIm, k + 2 * m);
            DoubleVector l3r = DoubleVector.fromArray(SPECIES, lamRe, k + 3 * m);
            DoubleVector l3i = DoubleVector.fromArray(SPECIES, lamIm, k + 3 * m);
            lowA = lowA.add(l0r.mul(p1i).sub(l0i.mul(p1r)).add(l1r.mul(p0i).sub(l1i.mul(p0r)))
                    .add(l2r.mul(p3i).sub(l2i.mul(p3r)).add(l3r.mul(p2i).sub(l3i.mul(p2r)))));
            lowB = lowB.add(l1r.mul(p0r).add(l1i.mul(p0i)).sub(l0r.mul(p1r).add(l0i.mul(p1i)))
                    .add(l3r.mul(p2r).add(l3i.mul(p2i)).sub(l2r.mul(p3r).add(l2i.mul(p3i)))));
            highA = highA.add(l0r.mul(p2i).sub(l0i.mul(p2r)).add(l2r.mul(p0i).sub(l2i.mul(p0r)))
                    .add(l1r.mul(p3i).sub(l1i.mul(p3r)).add(l3r.mul(p1i).sub(l3i.mul(p1r)))));
            highB = highB.add(l2r.mul(p0r).add(l2i.mul(p0i)).sub(l0r.mul(p2r).add(l0i.mul(p2i)))
                    .add(l3r.mul(p1r).add(l3i.mul(p1i)).sub(l1r.mul(p3r).add(l1i.mul(p3i)))));
        }
        lowA.intoArray(lanes, low);
        lowB.intoArray(lanes, low + PairKernels.LANES);
        highA.intoArray(lanes, high);
        highB.intoArray(lanes, high + PairKernels.LANES);
    }

    /**
     * {@link PairKernels#crossFirstFour}: each group of 16 amplitudes is four vectors of ψ and of λ held in registers
     * for bits 0 and 1 (as {@link #crossLanes}) and bits 2 and 3 (as {@link #crossTwoBits}).
     */
    static void crossFirstFour(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm, int from, int to, double[] lanes) {
        int block = PairKernels.LANE_BLOCK;
        DoubleVector a0 = DoubleVector.fromArray(SPECIES, lanes, 0);
        DoubleVector b0 = DoubleVector.fromArray(SPECIES, lanes, PairKernels.LANES);
        DoubleVector a1 = DoubleVector.fromArray(SPECIES, lanes, block);
        DoubleVector b1 = DoubleVector.fromArray(SPECIES, lanes, block + PairKernels.LANES);
        DoubleVector lowA = DoubleVector.fromArray(SPECIES, lanes, 2 * block);
        DoubleVector lowB = DoubleVector.fromArray(SPECIES, lanes, 2 * block + PairKernels.LANES);
        DoubleVector highA = DoubleVector.fromArray(SPECIES, lanes, 3 * block);
        DoubleVector highB = DoubleVector.fromArray(SPECIES, lanes, 3 * block + PairKernels.LANES);
        for (int k = from; k < to; k += 4 * PairKernels.LANES) {
            DoubleVector p0r = DoubleVector.fromArray(SPECIES, psiRe, k);
            DoubleVector p0i = DoubleVector.fromArray(SPECIES, psiIm, k);
            DoubleVector l0r = DoubleVector.fromArray(SPECIES, lamRe, k);
            DoubleVector l0i = DoubleVector.fromArray(SPECIES, lamIm, k);
            DoubleVector p1r = DoubleVector.fromArray(SPECIES, psiRe, k + 4);
            DoubleVector p1i = DoubleVector.fromArray(SPECIES, psiIm, k + 4);
            DoubleVector l1r = DoubleVector.fromArray(SPECIES, lamRe, k + 4);
            DoubleVector l1i = DoubleVector.fromArray(SPECIES, lamIm, k + 4);
            DoubleVector p2r = DoubleVector.fromArray(SPECIES, psiRe, k + 8);
            DoubleVector p2i = DoubleVector.fromArray(SPECIES, psiIm, k + 8);
            DoubleVector l2r = DoubleVector.fromArray(SPECIES, lamRe, k + 8);
            DoubleVector l2i = DoubleVector.fromArray(SPECIES, lamIm, k + 8);
            DoubleVector p3r = DoubleVector.fromArray(SPECIES, psiRe, k + 12);
            DoubleVector p3i = DoubleVector.fromArray(SPECIES, psiIm, k + 12);
            DoubleVector l3r = DoubleVector.fromArray(SPECIES, lamRe, k + 12);
            DoubleVector l3i = DoubleVector.fromArray(SPECIES, lamIm, k + 12);
            a0 = a0.add(l0r.mul(p0i.rearrange(PARTNER_BIT0)).sub(l0i.mul(p0r.rearrange(PARTNER_BIT0))));
            b0 = b0.add(l0r.mul(p0r.rearrange(PARTNER_BIT0)).add(l0i.mul(p0i.rearrange(PARTNER_BIT0)))
                    .mul(LOWER_BIT0));
            a1 = a1.add(l0r.mul(p0i.rearrange(PARTNER_BIT1)).sub(l0i.mul(p0r.rearrange(PARTNER_BIT1))));
            b1 = b1.add(l0r.mul(p0r.rearrange(PARTNER_BIT1)).add(l0i.mul(p0i.rearrange(PARTNER_BIT1)))
                    .mul(LOWER_BIT1));
            a0 = a0.add(l1r.mul(p1i.rearrange(PARTNER_BIT0)).sub(l1i.mul(p1r.rearrange(PARTNER_BIT0))));
            b0 = b0.add(l1r.mul(p1r.rearrange(PARTNER_BIT0)).add(l1i.mul(p1i.rearrange(PARTNER_BIT0)))
                    .mul(LOWER_BIT0));
            a1 = a1.add(l1r.mul(p1i.rearrange(PARTNER_BIT1)).sub(l1i.mul(p1r.rearrange(PARTNER_BIT1))));
            b1 = b1.add(l1r.mul(p1r.rearrange(PARTNER_BIT1)).add(l1i.mul(p1i.rearrange(PARTNER_BIT1)))
                    .mul(LOWER_BIT1));
            a0 = a0.add(l2r.mul(p2i.rearrange(PARTNER_BIT0)).sub(l2i.mul(p2r.rearrange(PARTNER_BIT0))));
            b0 = b0.add(l2r.mul(p2r.rearrange(PARTNER_BIT0)).add(l2i.mul(p2i.rearrange(PARTNER_BIT0)))
                    .mul(LOWER_BIT0));
            a1 = a1.add(l2r.mul(p2i.rearrange(PARTNER_BIT1)).sub(l2i.mul(p2r.rearrange(PARTNER_BIT1))));
            b1 = b1.add(l2r.mul(p2r.rearrange(PARTNER_BIT1)).add(l2i.mul(p2i.rearrange(PARTNER_BIT1)))
                    .mul(LOWER_BIT1));
            a0 = a0.add(l3r.mul(p3i.rearrange(PARTNER_BIT0)).sub(l3i.mul(p3r.rearrange(PARTNER_BIT0))));
            b0 = b0.add(l3r.mul(p3r.rearrange(PARTNER_BIT0)).add(l3i.mul(p3i.rearrange(PARTNER_BIT0)))
                    .mul(LOWER_BIT0));
            a1 = a1.add(l3r.mul(p3i.rearrange(PARTNER_BIT1)).sub(l3i.mul(p3r.rearrange(PARTNER_BIT1))));
            b1 = b1.add(l3r.mul(p3r.rearrange(PARTNER_BIT1)).add(l3i.mul(p3i.rearrange(PARTNER_BIT1)))
                    .mul(LOWER_BIT1));
            lowA = lowA.add(l0r.mul(p1i).sub(l0i.mul(p1r)).add(l1r.mul(p0i).sub(l1i.mul(p0r)))
                    .add(l2r.mul(p3i).sub(l2i.mul(p3r)).add(l3r.mul(p2i).sub(l3i.mul(p2r)))));
            lowB = lowB.add(l1r.mul(p0r).add(l1i.mul(p0i)).sub(l0r.mul(p1r).add(l0i.mul(p1i)))
                    .add(l3r.mul(p2r).add(l3i.mul(p2i)).sub(l2r.mul(p3r).add(l2i.mul(p3i)))));
            highA = highA.add(l0r.mul(p2i).sub(l0i.mul(p2r)).add(l2r.mul(p0i).sub(l2i.mul(p0r)))
                    .add(l1r.mul(p3i).sub(l1i.mul(p3r)).add(l3r.mul(p1i).sub(l3i.mul(p1r)))));
            highB = highB.add(l2r.mul(p0r).add(l2i.mul(p0i)).sub(l0r.mul(p2r).add(l0i.mul(p2i)))
                    .add(l3r.mul(p1r).add(l3i.mul(p1i)).sub(l1r.mul(p3r).add(l1i.mul(p3i)))));
        }
        a0.intoArray(lanes, 0);
        b0.intoArray(lanes, PairKernels.LANES);
        a1.intoArray(lanes, block);
        b1.intoArray(lanes, block + PairKernels.LANES);
        lowA.intoArray(lanes, 2 * block);
        lowB.intoArray(lanes, 2 * block + PairKernels.LANES);
        highA.intoArray(lanes, 3 * block);
        highB.intoArray(lanes, 3 * block + PairKernels.LANES);
    }

    /** {@link PairKernels#crossLanes}: the partners on bits 0 and 1 come from lane shuffles of ψ. */
    static void crossLanes(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm, int from, int to, double[] lanes) {
        int next = PairKernels.LANE_BLOCK;
        DoubleVector a0 = DoubleVector.fromArray(SPECIES, lanes, 0);
        DoubleVector b0 = DoubleVector.fromArray(SPECIES, lanes, PairKernels.LANES);
        DoubleVector a1 = DoubleVector.fromArray(SPECIES, lanes, next);
        DoubleVector b1 = DoubleVector.fromArray(SPECIES, lanes, next + PairKernels.LANES);
        for (int k = from; k < to; k += PairKernels.LANES) {
            DoubleVector lr = DoubleVector.fromArray(SPECIES, lamRe, k);
            DoubleVector li = DoubleVector.fromArray(SPECIES, lamIm, k);
            DoubleVector pr = DoubleVector.fromArray(SPECIES, psiRe, k);
            DoubleVector pi = DoubleVector.fromArray(SPECIES, psiIm, k);
            DoubleVector pr0 = pr.rearrange(PARTNER_BIT0);
            DoubleVector pi0 = pi.rearrange(PARTNER_BIT0);
            a0 = a0.add(lr.mul(pi0).sub(li.mul(pr0)));
            b0 = b0.add(lr.mul(pr0).add(li.mul(pi0)).mul(LOWER_BIT0));
            DoubleVector pr1 = pr.rearrange(PARTNER_BIT1);
            DoubleVector pi1 = pi.rearrange(PARTNER_BIT1);
            a1 = a1.add(lr.mul(pi1).sub(li.mul(pr1)));
            b1 = b1.add(lr.mul(pr1).add(li.mul(pi1)).mul(LOWER_BIT1));
        }
        a0.intoArray(lanes, 0);
        b0.intoArray(lanes, PairKernels.LANES);
        a1.intoArray(lanes, next);
        b1.intoArray(lanes, next + PairKernels.LANES);
    }
}
