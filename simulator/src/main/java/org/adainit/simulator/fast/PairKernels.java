package org.adainit.simulator.fast;

/**
 * The two inner loops of {@link LayerPasses} — a 2×2 gate on runs of amplitude pairs, and the cross matrix
 * Σ conj(λ_s)ψ_t over them — with a SIMD implementation on the incubating Vector API when the JVM has the
 * {@code jdk.incubator.vector} module (Spark's launch options add it) and a scalar one otherwise.
 *
 * <p>Both give bit-identical results: the gate is element-wise with the same operation order, and the cross sums use
 * four lane accumulators (element i of a run goes to lane i mod 4) combined as ((l0 + l1) + l2) + l3 in both. So a grid gives
 * the same numbers on any machine, with or without SIMD. {@code -Dadainit.simd=false} forces the scalar loops (the
 * Vector API is slow before C2 compiles it, e.g. in short JVMs run with C1 only).
 */
final class PairKernels {

    static final int LANES = 4;
    static final boolean SIMD = simdAvailable();

    private PairKernels() {}

    private static boolean simdAvailable() {
        return !"false".equalsIgnoreCase(System.getProperty("adainit.simd"))
                && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** Applies m[o..o+8) to the pairs (first + i, second + i), i < count. */
    static void applyRun(double[] re, double[] im, int first, int second, int count, double[] m, int o) {
        int vectorised = SIMD ? count - count % LANES : 0;
        if (vectorised > 0) {
            VectorPairKernels.applyRun(re, im, first, second, vectorised, m, o);
        }
        double ar = m[o];
        double ai = m[o + 1];
        double br = m[o + 2];
        double bi = m[o + 3];
        double cr = m[o + 4];
        double ci = m[o + 5];
        double dr = m[o + 6];
        double di = m[o + 7];
        for (int i = vectorised; i < count; i++) {
            int k = first + i;
            int j = second + i;
            double r0 = re[k];
            double i0 = im[k];
            double r1 = re[j];
            double i1 = im[j];
            re[k] = ar * r0 - ai * i0 + br * r1 - bi * i1;
            im[k] = ar * i0 + ai * r0 + br * i1 + bi * r1;
            re[j] = cr * r0 - ci * i0 + dr * r1 - di * i1;
            im[j] = cr * i0 + ci * r0 + dr * i1 + di * r1;
        }
    }

    /**
     * Adds Σ conj(λ_s)ψ_t over the pairs (first + i, second + i), i < count, lane-wise into
     * {@code lanes[offset + 4·entry + i mod 4]} for the 8 entries of the cross matrix (Matrix2 layout).
     */
    static void crossRun(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm,
            int first, int second, int count, double[] lanes, int offset) {
        int vectorised = SIMD ? count - count % LANES : 0;
        if (vectorised > 0) {
            VectorPairKernels.crossRun(psiRe, psiIm, lamRe, lamIm, first, second, vectorised, lanes, offset);
        }
        for (int i = vectorised; i < count; i++) {
            int k = first + i;
            int j = second + i;
            int lane = offset + i % LANES;
            double p0r = psiRe[k];
            double p0i = psiIm[k];
            double p1r = psiRe[j];
            double p1i = psiIm[j];
            double l0r = lamRe[k];
            double l0i = lamIm[k];
            double l1r = lamRe[j];
            double l1i = lamIm[j];
            lanes[lane] += l0r * p0r + l0i * p0i;
            lanes[LANES + lane] += l0r * p0i - l0i * p0r;
            lanes[2 * LANES + lane] += l0r * p1r + l0i * p1i;
            lanes[3 * LANES + lane] += l0r * p1i - l0i * p1r;
            lanes[4 * LANES + lane] += l1r * p0r + l1i * p0i;
            lanes[5 * LANES + lane] += l1r * p0i - l1i * p0r;
            lanes[6 * LANES + lane] += l1r * p1r + l1i * p1i;
            lanes[7 * LANES + lane] += l1r * p1i - l1i * p1r;
        }
    }

    /** cross[o + entry] = ((l0 + l1) + l2) + l3 of the entry's lanes at {@code offset}. */
    static void combineLanes(double[] lanes, int offset, double[] cross, int o) {
        for (int entry = 0; entry < 8; entry++) {
            int base = offset + entry * LANES;
            cross[o + entry] = ((lanes[base] + lanes[base + 1]) + lanes[base + 2]) + lanes[base + 3];
        }
    }
}
