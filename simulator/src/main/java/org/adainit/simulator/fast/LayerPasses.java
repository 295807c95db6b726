package org.adainit.simulator.fast;

/**
 * A layer of Rot = RZ(ω)·RY(θ)·RZ(φ) gates, one per bit, in two cache-blocked passes instead of 3n: first each block
 * of 2^lowBits contiguous amplitudes gets the RZ(φ) layer (a separable diagonal, {@link PhaseTable}) and the RY of
 * every bit below lowBits while it sits in cache; then each tile of 2^columnBits contiguous columns × all values of
 * the high bits gets the RY of the high bits and the RZ(ω) layer. Gates on distinct bits commute, so only each bit's
 * own order matters.
 *
 * <p>{@link #cross} walks ψ and λ the same way, read-only, and gathers per bit what the gradients need from the
 * cross matrix R_b[s][t] = Σ conj(λ_s)·ψ_t: R01 and R10, and Im R00, Im R11. Since the other bits' gates act
 * identically on ψ and λ and commute with bit b's operators, every R_b may be taken at the same point.
 */
final class LayerPasses {

    /** Per bit in {@link #cross}'s output: Re R01, Im R01, Re R10, Im R10, Im R00, Im R11. */
    static final int CROSS_TERMS = PairKernels.SUMS + 2;

    private final int bits;
    private final int lowBits;
    private final int columnBits;
    private final double[] lanes;
    private final double[] lowDiagonal;
    private final double[] highDiagonal;
    private final double[] diagonalSet;

    LayerPasses(int bits, int lowBits, int columnBits) {
        this.bits = bits;
        this.lowBits = Math.min(bits, lowBits);
        this.columnBits = Math.min(this.lowBits, columnBits);
        this.lanes = new double[PairKernels.LANE_BLOCK * bits];
        this.lowDiagonal = new double[1 << this.lowBits];
        this.highDiagonal = new double[1 << (bits - this.lowBits)];
        this.diagonalSet = new double[bits];
    }

    /**
     * Applies, per bit b, the phase layer {@code before}, then [[c, −s], [s, c]] with (c, s) =
     * {@code rotations[2b], rotations[2b + 1]} (its transpose when {@code inverse}), then the phase layer
     * {@code after}; each phase layer is conjugated when {@code conjugatePhases}.
     */
    void rotate(double[] re, double[] im, double[] rotations, boolean inverse,
            PhaseTable before, PhaseTable after, boolean conjugatePhases) {
        double sign = inverse ? -1 : 1;
        int dimension = 1 << bits;
        int block = 1 << lowBits;
        for (int start = 0; start < dimension; start += block) {
            before.multiply(re, im, start, block, conjugatePhases);
            for (int b = 0; b < lowBits; b++) {
                int mask = 1 << b;
                double c = rotations[2 * b];
                double s = sign * rotations[2 * b + 1];
                if (mask < PairKernels.LANES) {
                    rotateBit(re, im, mask, start, start + block, c, s);
                } else {
                    for (int base = start; base < start + block; base += mask << 1) {
                        PairKernels.rotateRun(re, im, base, base + mask, mask, c, s);
                    }
                }
            }
            if (lowBits == bits) {
                after.multiply(re, im, start, block, conjugatePhases);
            }
        }
        int width = 1 << columnBits;
        for (int column = 0; column < block && lowBits < bits; column += width) {
            for (int b = lowBits; b < bits; b++) {
                int mask = 1 << b;
                double c = rotations[2 * b];
                double s = sign * rotations[2 * b + 1];
                for (int rowBase = 0; rowBase < dimension; rowBase += mask << 1) {
                    for (int row = rowBase; row < rowBase + mask; row += block) {
                        PairKernels.rotateRun(re, im, row + column, row + column + mask, width, c, s);
                    }
                }
            }
            for (int row = 0; row < dimension; row += block) {
                after.multiply(re, im, row + column, width, conjugatePhases);
            }
        }
    }

    /** Small masks: the rotation on all pairs (k, k + mask) of [from, to), without a call per pair. */
    private static void rotateBit(double[] re, double[] im, int mask, int from, int to, double c, double s) {
        for (int base = from; base < to; base += mask << 1) {
            for (int k = base; k < base + mask; k++) {
                PairKernels.rotatePair(re, im, k, k + mask, c, s);
            }
        }
    }

    /** Writes the {@link #CROSS_TERMS} terms of every bit b into {@code out[5b ..]}. */
    void cross(double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm, double[] out) {
        java.util.Arrays.fill(lanes, 0.0);
        java.util.Arrays.fill(lowDiagonal, 0.0);
        int dimension = 1 << bits;
        int block = 1 << lowBits;
        for (int start = 0; start < dimension; start += block) {
            double blockSum = 0;
            for (int a = 0; a < block; a++) {
                int k = start + a;
                double q = lamRe[k] * psiIm[k] - lamIm[k] * psiRe[k];
                lowDiagonal[a] += q;
                blockSum += q;
            }
            highDiagonal[start >>> lowBits] = blockSum;
            for (int b = 0; b < lowBits; b++) {
                int mask = 1 << b;
                int offset = PairKernels.LANE_BLOCK * b;
                if (mask < PairKernels.LANES) {
                    for (int base = start; base < start + block; base += mask << 1) {
                        for (int i = 0; i < mask; i++) {
                            PairKernels.accumulate(psiRe, psiIm, lamRe, lamIm, base + i, base + i + mask, lanes,
                                    offset + i);
                        }
                    }
                } else {
                    for (int base = start; base < start + block; base += mask << 1) {
                        PairKernels.crossRun(psiRe, psiIm, lamRe, lamIm, base, base + mask, mask, lanes, offset);
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
                                lanes, PairKernels.LANE_BLOCK * b);
                    }
                }
            }
        }
        double total = SetSums.fold(lowDiagonal, lowBits, diagonalSet, 0);
        SetSums.fold(highDiagonal, bits - lowBits, diagonalSet, lowBits);
        for (int b = 0; b < bits; b++) {
            int o = CROSS_TERMS * b;
            PairKernels.combineLanes(lanes, PairKernels.LANE_BLOCK * b, out, o);
            out[o + PairKernels.SUMS] = total - diagonalSet[b];
            out[o + PairKernels.SUMS + 1] = diagonalSet[b];
        }
    }
}
