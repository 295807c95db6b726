package org.adainit.simulator.fast;

/**
 * One single-qubit gate on every bit of the state, in two cache-blocked passes instead of n: first each block of
 * 2^lowBits contiguous amplitudes gets all gates on bits below lowBits while it sits in cache; then each tile of
 * 2^columnBits contiguous columns × all values of the high bits gets the gates on the high bits. Gates on distinct
 * bits commute, so the order within a layer is free.
 *
 * <p>{@link #cross} walks ψ and λ the same way, read-only, and gathers for every bit the 2×2 cross matrix
 * R_b[s][t] = Σ conj(λ_s)·ψ_t over the bit's pairs. Since the other bits' gates act identically on ψ and λ and
 * commute with bit b's operators, every R_b may be taken at the same point, after the whole layer.
 */
final class LayerPasses {

    private final int bits;
    private final int lowBits;
    private final int columnBits;
    /** Lane accumulators of the cross sums, {@link #LANE_BLOCK} per bit. */
    private final double[] lanes;

    private static final int LANE_BLOCK = 8 * PairKernels.LANES;

    LayerPasses(int bits, int lowBits, int columnBits) {
        this.bits = bits;
        this.lanes = new double[LANE_BLOCK * bits];
        this.lowBits = Math.min(bits, lowBits);
        this.columnBits = Math.min(this.lowBits, columnBits);
    }

    /** Applies {@code matrices[8·b ..]} (layout of {@link Matrix2}) to bit b for every bit. */
    void apply(double[] re, double[] im, double[] matrices) {
        int dimension = 1 << bits;
        int block = 1 << lowBits;
        for (int start = 0; start < dimension; start += block) {
            for (int b = 0; b < lowBits; b++) {
                int mask = 1 << b;
                if (mask < PairKernels.LANES) {
                    applyBit(re, im, mask, start, start + block, matrices, 8 * b);
                } else {
                    for (int base = start; base < start + block; base += mask << 1) {
                        PairKernels.applyRun(re, im, base, base + mask, mask, matrices, 8 * b);
                    }
                }
            }
        }
        int width = 1 << columnBits;
        for (int column = 0; column < block && lowBits < bits; column += width) {
            for (int b = lowBits; b < bits; b++) {
                int mask = 1 << b;
                for (int rowBase = 0; rowBase < dimension; rowBase += mask << 1) {
                    for (int row = rowBase; row < rowBase + mask; row += block) {
                        PairKernels.applyRun(re, im, row + column, row + column + mask, width, matrices, 8 * b);
                    }
                }
            }
        }
    }

    /** Writes R_b into {@code cross[8·b ..]} for every bit (layout of {@link Matrix2}). */
    void cross(double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm, double[] cross) {
        java.util.Arrays.fill(lanes, 0.0);
        int dimension = 1 << bits;
        int block = 1 << lowBits;
        for (int start = 0; start < dimension; start += block) {
            for (int b = 0; b < lowBits; b++) {
                int mask = 1 << b;
                if (mask < PairKernels.LANES) {
                    crossBit(psiRe, psiIm, lamRe, lamIm, mask, start, start + block, lanes, LANE_BLOCK * b);
                } else {
                    for (int base = start; base < start + block; base += mask << 1) {
                        PairKernels.crossRun(psiRe, psiIm, lamRe, lamIm, base, base + mask, mask, lanes,
                                LANE_BLOCK * b);
                    }
                }
            }
        }
        int width = 1 << columnBits;
        for (int column = 0; column < block && lowBits < bits; column += width) {
            for (int b = lowBits; b < bits; b++) {
                int mask = 1 << b;
                for (int rowBase = 0; rowBase < dimension; rowBase += mask << 1) {
                    for (int row = rowBase; row < rowBase + mask; row += block) {
                        PairKernels.crossRun(psiRe, psiIm, lamRe, lamIm, row + column, row + column + mask, width,
                                lanes, LANE_BLOCK * b);
                    }
                }
            }
        }
        for (int b = 0; b < bits; b++) {
            PairKernels.combineLanes(lanes, LANE_BLOCK * b, cross, 8 * b);
        }
    }

    /** The gate on one bit over [from, to): all pairs (k, k + mask) with k's bit clear. */
    private static void applyBit(double[] re, double[] im, int mask, int from, int to, double[] m, int o) {
        double ar = m[o];
        double ai = m[o + 1];
        double br = m[o + 2];
        double bi = m[o + 3];
        double cr = m[o + 4];
        double ci = m[o + 5];
        double dr = m[o + 6];
        double di = m[o + 7];
        for (int base = from; base < to; base += mask << 1) {
            int end = base + mask;
            for (int k = base; k < end; k++) {
                int j = k + mask;
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
    }

    /** Small masks: the pairs (k, k + mask) of [from, to) into lane i of the run, no call per pair. */
    private static void crossBit(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm,
            int mask, int from, int to, double[] lanes, int offset) {
        int l = PairKernels.LANES;
        for (int base = from; base < to; base += mask << 1) {
            for (int i = 0; i < mask; i++) {
                int k = base + i;
                int j = k + mask;
                int lane = offset + i;
                double p0r = psiRe[k];
                double p0i = psiIm[k];
                double p1r = psiRe[j];
                double p1i = psiIm[j];
                double l0r = lamRe[k];
                double l0i = lamIm[k];
                double l1r = lamRe[j];
                double l1i = lamIm[j];
                lanes[lane] += l0r * p0r + l0i * p0i;
                lanes[l + lane] += l0r * p0i - l0i * p0r;
                lanes[2 * l + lane] += l0r * p1r + l0i * p1i;
                lanes[3 * l + lane] += l0r * p1i - l0i * p1r;
                lanes[4 * l + lane] += l1r * p0r + l1i * p0i;
                lanes[5 * l + lane] += l1r * p0i - l1i * p0r;
                lanes[6 * l + lane] += l1r * p1r + l1i * p1i;
                lanes[7 * l + lane] += l1r * p1i - l1i * p1r;
            }
        }
    }
}
