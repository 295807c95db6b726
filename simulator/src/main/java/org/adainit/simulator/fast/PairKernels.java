package org.adainit.simulator.fast;

/**
 * The two inner loops of {@link LayerPasses} — a real rotation [[c, −s], [s, c]] on runs of amplitude pairs, and the
 * cross sums the Rot gradients need — with a SIMD implementation on the incubating Vector API when the JVM has the
 * {@code jdk.incubator.vector} module (Spark's launch options add it) and a scalar one otherwise.
 *
 * <p>Both give bit-identical results: the rotation is element-wise with the same operation order, and the sums use
 * four lane accumulators (element i of a run goes to lane i mod 4) combined as ((l0 + l1) + l2) + l3 in both. So a
 * grid gives the same numbers on any machine, with or without SIMD. {@code -Dadainit.simd=false} forces the scalar
 * loops (the Vector API is slow before C2 compiles it, e.g. in short JVMs run with C1 only).
 */
final class PairKernels {

    static final int LANES = 4;
    /** Cross sums per bit: Re and Im of Σ conj(λ_0)ψ_1, Re and Im of Σ conj(λ_1)ψ_0. */
    static final int SUMS = 4;
    /** Lane accumulators per bit. */
    static final int LANE_BLOCK = SUMS * LANES;
    static final boolean SIMD = simdAvailable();

    private PairKernels() {}

    private static boolean simdAvailable() {
        return !"false".equalsIgnoreCase(System.getProperty("adainit.simd"))
                && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** [x_k; x_j] ← [[c, −s], [s, c]]·[x_k; x_j] on the pairs (first + i, second + i), i < count, re and im alike. */
    static void rotateRun(double[] re, double[] im, int first, int second, int count, double c, double s) {
        int vectorised = SIMD ? count - count % LANES : 0;
        if (vectorised > 0) {
            VectorPairKernels.rotateRun(re, im, first, second, vectorised, c, s);
        }
        for (int i = vectorised; i < count; i++) {
            rotatePair(re, im, first + i, second + i, c, s);
        }
    }

    /** [x_k; x_j] ← [[c, −s], [s, c]]·[x_k; x_j], re and im alike. */
    static void rotatePair(double[] re, double[] im, int k, int j, double c, double s) {
        double r0 = re[k];
        double i0 = im[k];
        double r1 = re[j];
        double i1 = im[j];
        re[k] = c * r0 - s * r1;
        im[k] = c * i0 - s * i1;
        re[j] = s * r0 + c * r1;
        im[j] = s * i0 + c * i1;
    }

    /**
     * Over the pairs (first + i, second + i), i < count, adds lane-wise into {@code lanes[offset ..]} the
     * {@link #SUMS} cross sums: Re and Im of conj(λ_0)ψ_1, then of conj(λ_1)ψ_0.
     */
    static void crossRun(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm,
            int first, int second, int count, double[] lanes, int offset) {
        int vectorised = SIMD ? count - count % LANES : 0;
        if (vectorised > 0) {
            VectorPairKernels.crossRun(psiRe, psiIm, lamRe, lamIm, first, second, vectorised, lanes, offset);
        }
        for (int i = vectorised; i < count; i++) {
            accumulate(psiRe, psiIm, lamRe, lamIm, first + i, second + i, lanes, offset + i % LANES);
        }
    }

    /** One pair's cross terms into the given lane. */
    static void accumulate(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm, int k, int j, double[] lanes, int lane) {
        double p0r = psiRe[k];
        double p0i = psiIm[k];
        double p1r = psiRe[j];
        double p1i = psiIm[j];
        double l0r = lamRe[k];
        double l0i = lamIm[k];
        double l1r = lamRe[j];
        double l1i = lamIm[j];
        lanes[lane] += l0r * p1r + l0i * p1i;
        lanes[LANES + lane] += l0r * p1i - l0i * p1r;
        lanes[2 * LANES + lane] += l1r * p0r + l1i * p0i;
        lanes[3 * LANES + lane] += l1r * p0i - l1i * p0r;
    }

    /** The sums of a bit from its lanes: ((l0 + l1) + l2) + l3 each. */
    static void combineLanes(double[] lanes, int offset, double[] out, int o) {
        for (int sum = 0; sum < SUMS; sum++) {
            int base = offset + sum * LANES;
            out[o + sum] = ((lanes[base] + lanes[base + 1]) + lanes[base + 2]) + lanes[base + 3];
        }
    }
}
