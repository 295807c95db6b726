package org.adainit.simulator.fast;

/**
 * The inner loops of {@link LayerPasses}: real rotations [[c, −s], [s, c]] on one bit or on three consecutive bits
 * at once (eight amplitudes held in registers, one load and one store each for three gates), on index bits 0 and 1
 * within a group of four, and the cross sums the Rot gradients need. A real rotation acts on the real and the
 * imaginary parts alike and separately, so every kernel takes one array. Each has a SIMD implementation on the
 * incubating Vector API, used when the JVM has the {@code jdk.incubator.vector} module (Spark's launch options add
 * it), and a scalar one otherwise.
 *
 * <p>Both give bit-identical results: every output element goes through the same multiplications and additions in
 * the same order, and sums use four lane accumulators (element i of a run goes to lane i mod 4) combined in the same
 * order. So a grid gives the same numbers on any machine, with or without SIMD; {@code PairKernelsTest} holds the
 * two to that. {@code -Dadainit.simd=false} forces the scalar loops (the Vector API is slow before C2 compiles it,
 * e.g. in short JVMs run with C1 only).
 */
final class PairKernels {

    static final int LANES = 4;
    /**
     * Cross sums per bit: A = Im(R01 + R10) and B = Re(R10 − R01) of R01 = Σ conj(λ_0)ψ_1, R10 = Σ conj(λ_1)ψ_0,
     * all a Rot's off-diagonal gradient terms need.
     */
    static final int SUMS = 2;
    /** Lane accumulators per bit. */
    static final int LANE_BLOCK = SUMS * LANES;
    static final boolean SIMD = simdAvailable();

    private PairKernels() {}

    private static boolean simdAvailable() {
        return !"false".equalsIgnoreCase(System.getProperty("adainit.simd"))
                && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** [a_k; a_j] ← [[c, −s], [s, c]]·[a_k; a_j] on the pairs (first + i, second + i), i < count. */
    static void rotateRun(double[] a, int first, int second, int count, double c, double s) {
        int vectorised = SIMD ? count - count % LANES : 0;
        if (vectorised > 0) {
            VectorPairKernels.rotateRun(a, first, second, vectorised, c, s);
        }
        scalarRotateRun(a, first + vectorised, second + vectorised, count - vectorised, c, s);
    }

    static void scalarRotateRun(double[] a, int first, int second, int count, double c, double s) {
        for (int i = 0; i < count; i++) {
            double x0 = a[first + i];
            double x1 = a[second + i];
            a[first + i] = c * x0 - s * x1;
            a[second + i] = s * x0 + c * x1;
        }
    }

    /**
     * The rotations of bit 0, then bit 1, with (c, s) at {@code cs[0 ..]} and {@code cs[2 ..]}, on [from, to)
     * (a multiple of four long, from a multiple of four).
     */
    static void rotateLanes(double[] a, int from, int to, double[] cs) {
        if (SIMD) {
            VectorPairKernels.rotateLanes(a, from, to, cs);
        } else {
            scalarRotateLanes(a, from, to, cs);
        }
    }

    static void scalarRotateLanes(double[] a, int from, int to, double[] cs) {
        double c0 = cs[0];
        double s0 = cs[1];
        double c1 = cs[2];
        double s1 = cs[3];
        for (int k = from; k < to; k += LANES) {
            double x0 = a[k];
            double x1 = a[k + 1];
            double x2 = a[k + 2];
            double x3 = a[k + 3];
            double y0 = c0 * x0 - s0 * x1;
            double y1 = c0 * x1 + s0 * x0;
            double y2 = c0 * x2 - s0 * x3;
            double y3 = c0 * x3 + s0 * x2;
            a[k] = c1 * y0 - s1 * y2;
            a[k + 1] = c1 * y1 - s1 * y3;
            a[k + 2] = c1 * y2 + s1 * y0;
            a[k + 3] = c1 * y3 + s1 * y1;
        }
    }

    /**
     * Bits 0 and 1 ({@link #rotateLanes}), then bits 2, 3, 4 ({@link #rotateTriple}) on [from, to), a multiple of
     * 32 long and aligned: in one sweep, each group of 32 amplitudes in registers throughout.
     */
    static void rotateFirstFive(double[] a, int from, int to, double[] cs) {
        if (SIMD) {
            VectorPairKernels.rotateFirstFive(a, from, to, cs);
        } else {
            for (int k = from; k < to; k += 8 * LANES) {
                scalarRotateLanes(a, k, k + 8 * LANES, cs);
                scalarRotateTriple(a, k, LANES, cs, 2);
            }
        }
    }

    /**
     * The rotations of bits b, b + 1, b + 2 in that order ((c, s) at {@code cs[2b ..]}), on the eight amplitudes
     * base + i + {0, m, …, 7m}, m = 2^b, for every i < count.
     */
    static void rotateTriple(double[] a, int base, int count, double[] cs, int b) {
        int vectorised = SIMD ? count - count % LANES : 0;
        if (vectorised > 0) {
            VectorPairKernels.rotateTriple(a, base, vectorised, cs, b);
        }
        scalarRotateTriple(a, base + vectorised, count - vectorised, cs, b);
    }

    static void scalarRotateTriple(double[] a, int base, int count, double[] cs, int b) {
        int m = 1 << b;
        double c0 = cs[2 * b];
        double s0 = cs[2 * b + 1];
        double c1 = cs[2 * b + 2];
        double s1 = cs[2 * b + 3];
        double c2 = cs[2 * b + 4];
        double s2 = cs[2 * b + 5];
        for (int i = 0; i < count; i++) {
            int k = base + i;
            double x0 = a[k];
            double x1 = a[k + m];
            double x2 = a[k + 2 * m];
            double x3 = a[k + 3 * m];
            double x4 = a[k + 4 * m];
            double x5 = a[k + 5 * m];
            double x6 = a[k + 6 * m];
            double x7 = a[k + 7 * m];
            double y0 = c0 * x0 - s0 * x1;
            double y1 = s0 * x0 + c0 * x1;
            double y2 = c0 * x2 - s0 * x3;
            double y3 = s0 * x2 + c0 * x3;
            double y4 = c0 * x4 - s0 * x5;
            double y5 = s0 * x4 + c0 * x5;
            double y6 = c0 * x6 - s0 * x7;
            double y7 = s0 * x6 + c0 * x7;
            double z0 = c1 * y0 - s1 * y2;
            double z2 = s1 * y0 + c1 * y2;
            double z1 = c1 * y1 - s1 * y3;
            double z3 = s1 * y1 + c1 * y3;
            double z4 = c1 * y4 - s1 * y6;
            double z6 = s1 * y4 + c1 * y6;
            double z5 = c1 * y5 - s1 * y7;
            double z7 = s1 * y5 + c1 * y7;
            a[k] = c2 * z0 - s2 * z4;
            a[k + 4 * m] = s2 * z0 + c2 * z4;
            a[k + m] = c2 * z1 - s2 * z5;
            a[k + 5 * m] = s2 * z1 + c2 * z5;
            a[k + 2 * m] = c2 * z2 - s2 * z6;
            a[k + 6 * m] = s2 * z2 + c2 * z6;
            a[k + 3 * m] = c2 * z3 - s2 * z7;
            a[k + 7 * m] = s2 * z3 + c2 * z7;
        }
    }

    /**
     * Over the pairs (first + i, second + i), i < count, adds lane-wise (lane i mod 4) into {@code lanes[offset ..]}
     * the {@link #SUMS} cross sums of their bit: A = Im(R01 + R10), then B = Re(R10 − R01) at + 4, with
     * R01 = Σ conj(λ_0)ψ_1 and R10 = Σ conj(λ_1)ψ_0.
     */
    static void crossRun(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm,
            int first, int second, int count, double[] lanes, int offset) {
        int vectorised = SIMD ? count - count % LANES : 0;
        if (vectorised > 0) {
            VectorPairKernels.crossRun(psiRe, psiIm, lamRe, lamIm, first, second, vectorised, lanes, offset);
        }
        scalarCrossRun(psiRe, psiIm, lamRe, lamIm, first + vectorised, second + vectorised, count - vectorised,
                lanes, offset);
    }

    static void scalarCrossRun(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm,
            int first, int second, int count, double[] lanes, int offset) {
        for (int i = 0; i < count; i++) {
            int k = first + i;
            int j = second + i;
            int lane = offset + i % LANES;
            lanes[lane] += crossA(psiRe[k], psiIm[k], psiRe[j], psiIm[j], lamRe[k], lamIm[k], lamRe[j], lamIm[j]);
            lanes[lane + LANES] +=
                    crossB(psiRe[k], psiIm[k], psiRe[j], psiIm[j], lamRe[k], lamIm[k], lamRe[j], lamIm[j]);
        }
    }

    /** One pair's share of A = Im(R01 + R10). */
    static double crossA(double p0r, double p0i, double p1r, double p1i,
            double l0r, double l0i, double l1r, double l1i) {
        return (l0r * p1i - l0i * p1r) + (l1r * p0i - l1i * p0r);
    }

    /** One pair's share of B = Re(R10 − R01). */
    static double crossB(double p0r, double p0i, double p1r, double p1i,
            double l0r, double l0i, double l1r, double l1i) {
        return (l1r * p0r + l1i * p0i) - (l0r * p1r + l0i * p1i);
    }

    /**
     * {@link #crossRun} for bits b and b + 1 at once over the four amplitudes base + i + {0, m, 2m, 3m}, m = 2^b,
     * i < count: bit b's pairs (0, 1), (2, 3) into {@code lanes[LANE_BLOCK·b ..]}, bit b + 1's pairs (0, 2), (1, 3)
     * into the next lane block. Each amplitude is loaded once for two bits.
     */
    static void crossTwoBits(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm,
            int base, int count, int b, double[] lanes) {
        int vectorised = SIMD ? count - count % LANES : 0;
        if (vectorised > 0) {
            VectorPairKernels.crossTwoBits(psiRe, psiIm, lamRe, lamIm, base, vectorised, b, lanes);
        }
        scalarCrossTwoBits(psiRe, psiIm, lamRe, lamIm, base + vectorised, count - vectorised, b, lanes);
    }

    static void scalarCrossTwoBits(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm,
            int base, int count, int b, double[] lanes) {
        int m = 1 << b;
        int low = LANE_BLOCK * b;
        int high = low + LANE_BLOCK;
        for (int i = 0; i < count; i++) {
            int k = base + i;
            int lane = i % LANES;
            double p0r = psiRe[k];
            double p0i = psiIm[k];
            double p1r = psiRe[k + m];
            double p1i = psiIm[k + m];
            double p2r = psiRe[k + 2 * m];
            double p2i = psiIm[k + 2 * m];
            double p3r = psiRe[k + 3 * m];
            double p3i = psiIm[k + 3 * m];
            double l0r = lamRe[k];
            double l0i = lamIm[k];
            double l1r = lamRe[k + m];
            double l1i = lamIm[k + m];
            double l2r = lamRe[k + 2 * m];
            double l2i = lamIm[k + 2 * m];
            double l3r = lamRe[k + 3 * m];
            double l3i = lamIm[k + 3 * m];
            lanes[low + lane] += crossA(p0r, p0i, p1r, p1i, l0r, l0i, l1r, l1i)
                    + crossA(p2r, p2i, p3r, p3i, l2r, l2i, l3r, l3i);
            lanes[low + LANES + lane] += crossB(p0r, p0i, p1r, p1i, l0r, l0i, l1r, l1i)
                    + crossB(p2r, p2i, p3r, p3i, l2r, l2i, l3r, l3i);
            lanes[high + lane] += crossA(p0r, p0i, p2r, p2i, l0r, l0i, l2r, l2i)
                    + crossA(p1r, p1i, p3r, p3i, l1r, l1i, l3r, l3i);
            lanes[high + LANES + lane] += crossB(p0r, p0i, p2r, p2i, l0r, l0i, l2r, l2i)
                    + crossB(p1r, p1i, p3r, p3i, l1r, l1i, l3r, l3i);
        }
    }

    /** The sums of a bit from its lanes: ((l0 + l1) + l2) + l3 each. */
    static void combineLanes(double[] lanes, int offset, double[] out, int o) {
        for (int sum = 0; sum < SUMS; sum++) {
            int base = offset + sum * LANES;
            out[o + sum] = ((lanes[base] + lanes[base + 1]) + lanes[base + 2]) + lanes[base + 3];
        }
    }

    /**
     * The cross sums of bits 0 and 1 over [from, to) (a multiple of four long, from a multiple of four), where both
     * amplitudes of a pair sit in one group of four, into their lane blocks in {@link #crossRun}'s layout. Lane j of
     * group k takes the product conj(λ_{k+j})·ψ_{k+(j⊕m)} with its partner on bit m: its imaginary part into A,
     * its real part into B with sign + where j is the upper amplitude of the pair (an R10 term), − where the lower.
     */
    static void crossLanes(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm, int from, int to, double[] lanes) {
        if (SIMD) {
            VectorPairKernels.crossLanes(psiRe, psiIm, lamRe, lamIm, from, to, lanes);
        } else {
            scalarCrossLanes(psiRe, psiIm, lamRe, lamIm, from, to, lanes);
        }
    }

    /**
     * Bits 0 and 1 ({@link #crossLanes}), then bits 2 and 3 ({@link #crossTwoBits}) on [from, to), a multiple of 16
     * long and aligned: one sweep, each group of 16 amplitudes of ψ and λ in registers for four bits.
     */
    static void crossFirstFour(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm, int from, int to, double[] lanes) {
        if (SIMD) {
            VectorPairKernels.crossFirstFour(psiRe, psiIm, lamRe, lamIm, from, to, lanes);
        } else {
            for (int k = from; k < to; k += 4 * LANES) {
                scalarCrossLanes(psiRe, psiIm, lamRe, lamIm, k, k + 4 * LANES, lanes);
                scalarCrossTwoBits(psiRe, psiIm, lamRe, lamIm, k, LANES, 2, lanes);
            }
        }
    }

    static void scalarCrossLanes(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm, int from, int to, double[] lanes) {
        for (int k = from; k < to; k += LANES) {
            for (int j = 0; j < LANES; j++) {
                double lr = lamRe[k + j];
                double li = lamIm[k + j];
                for (int bit = 0; bit < 2; bit++) {
                    int m = 1 << bit;
                    int partner = k + (j ^ m);
                    double pr = psiRe[partner];
                    double pi = psiIm[partner];
                    double sign = (j & m) != 0 ? 1.0 : -1.0;
                    int o = LANE_BLOCK * bit + j;
                    lanes[o] += lr * pi - li * pr;
                    lanes[o + LANES] += (lr * pr + li * pi) * sign;
                }
            }
        }
    }
}
