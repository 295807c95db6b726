package org.adainit.simulator.fast;

/**
 * A layer of Rot = RZ(ω)·RY(θ)·RZ(φ) gates, one per bit, in two cache-blocked passes over memory instead of 3n: first
 * each block of 2^lowBits contiguous amplitudes gets the RZ(φ) layer (a separable diagonal, {@link PhaseTable}) and
 * the RY of every bit below lowBits while it sits in cache; then each tile of 2^columnBits contiguous columns × all
 * values of the high bits gets the RY of the high bits and the RZ(ω) layer. Within a block or tile the RYs go three
 * bits per sweep with the eight amplitudes in registers, bits 0 and 1 by lane shuffles ({@link PairKernels}). Gates
 * on distinct bits commute, so only each bit's own order matters.
 *
 * <p>{@link #cross} walks ψ and λ the same way, read-only, two bits per sweep, and gathers per bit what the gradients
 * need from the cross matrix R_b[s][t] = Σ conj(λ_s)·ψ_t: A = Im(R01 + R10), B = Re(R10 − R01), Im R00 and Im R11.
 * Since the other bits' gates act identically on ψ and λ and commute with bit b's operators, every R_b may be taken
 * at the same point.
 */
final class LayerPasses {

    /** Per bit in {@link #cross}'s output: A = Im(R01 + R10), B = Re(R10 − R01), Im R00, Im R11. */
    static final int CROSS_TERMS = PairKernels.SUMS + 2;

    private final int bits;
    private final int lowBits;
    private final int columnBits;
    private final double[] lanes;
    private final double[] lowDiagonal;
    private final double[] highDiagonal;
    private final double[] diagonalSet;
    /** (c, s) by bit with the sign of s set for the direction of the current {@link #rotate}. */
    private final double[] signedRotations;

    LayerPasses(int bits, int lowBits, int columnBits) {
        this.bits = bits;
        this.lowBits = Math.min(bits, lowBits);
        this.columnBits = Math.min(this.lowBits, columnBits);
        this.lanes = new double[PairKernels.LANE_BLOCK * bits];
        this.lowDiagonal = new double[1 << this.lowBits];
        this.highDiagonal = new double[1 << (bits - this.lowBits)];
        this.diagonalSet = new double[bits];
        this.signedRotations = new double[2 * bits];
    }

    /**
     * Applies, per bit b, the phase layer {@code before}, then [[c, −s], [s, c]] with (c, s) =
     * {@code rotations[2b], rotations[2b + 1]} (its transpose when {@code inverse}), then the phase layer
     * {@code after}; each phase layer is conjugated when {@code conjugatePhases}, and skipped when null.
     */
    void rotate(double[] re, double[] im, double[] rotations, boolean inverse,
            PhaseTable before, PhaseTable after, boolean conjugatePhases) {
        for (int b = 0; b < bits; b++) {
            signedRotations[2 * b] = rotations[2 * b];
            signedRotations[2 * b + 1] = inverse ? -rotations[2 * b + 1] : rotations[2 * b + 1];
        }
        int dimension = 1 << bits;
        int block = 1 << lowBits;
        for (int start = 0; start < dimension; start += block) {
            if (before != null) {
                before.multiply(re, im, start, block, conjugatePhases);
            }
            rotateLowBits(re, start, block);
            rotateLowBits(im, start, block);
            if (lowBits == bits && after != null) {
                after.multiply(re, im, start, block, conjugatePhases);
            }
        }
        int width = 1 << columnBits;
        for (int column = 0; column < block && lowBits < bits; column += width) {
            rotateHighBits(re, column, width);
            rotateHighBits(im, column, width);
            for (int row = 0; row < dimension && after != null; row += block) {
                after.multiply(re, im, row + column, width, conjugatePhases);
            }
        }
    }

    /** Bits 0 and 1 within groups of four, then three bits per sweep of the block, then any bits left one by one. */
    private void rotateLowBits(double[] a, int start, int block) {
        int end = start + block;
        int b = 0;
        if (lowBits >= 5) {
            PairKernels.rotateFirstFive(a, start, end, signedRotations);
            b = 5;
        } else if (lowBits >= 2) {
            PairKernels.rotateLanes(a, start, end, signedRotations);
            b = 2;
        }
        for (; b + 3 <= lowBits; b += 3) {
            int m = 1 << b;
            for (int base = start; base < end; base += 8 * m) {
                PairKernels.rotateTriple(a, base, m, signedRotations, b);
            }
        }
        for (; b < lowBits; b++) {
            int m = 1 << b;
            for (int base = start; base < end; base += 2 * m) {
                PairKernels.rotateRun(a, base, base + m, m, signedRotations[2 * b], signedRotations[2 * b + 1]);
            }
        }
    }

    /** The high bits on one tile of columns: three bits per sweep, the rest one by one. */
    private void rotateHighBits(double[] a, int column, int width) {
        int dimension = 1 << bits;
        int block = 1 << lowBits;
        int b = lowBits;
        for (; b + 3 <= bits; b += 3) {
            int m = 1 << b;
            for (int base = 0; base < dimension; base += 8 * m) {
                for (int row = base; row < base + m; row += block) {
                    PairKernels.rotateTriple(a, row + column, width, signedRotations, b);
                }
            }
        }
        for (; b < bits; b++) {
            int m = 1 << b;
            for (int base = 0; base < dimension; base += 2 * m) {
                for (int row = base; row < base + m; row += block) {
                    PairKernels.rotateRun(a, row + column, row + column + m, width,
                            signedRotations[2 * b], signedRotations[2 * b + 1]);
                }
            }
        }
    }

    /** Writes the {@link #CROSS_TERMS} terms of every bit b into {@code out[CROSS_TERMS·b ..]}. */
    void cross(double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm, double[] out) {
        java.util.Arrays.fill(lanes, 0.0);
        java.util.Arrays.fill(lowDiagonal, 0.0);
        int dimension = 1 << bits;
        int block = 1 << lowBits;
        for (int start = 0; start < dimension; start += block) {
            int end = start + block;
            double blockSum = 0;
            for (int a = 0; a < block; a++) {
                int k = start + a;
                double q = lamRe[k] * psiIm[k] - lamIm[k] * psiRe[k];
                lowDiagonal[a] += q;
                blockSum += q;
            }
            highDiagonal[start >>> lowBits] = blockSum;
            int b = 0;
            if (lowBits >= 4) {
                PairKernels.crossFirstFour(psiRe, psiIm, lamRe, lamIm, start, end, lanes);
                b = 4;
            } else if (lowBits >= 2) {
                PairKernels.crossLanes(psiRe, psiIm, lamRe, lamIm, start, end, lanes);
                b = 2;
            }
            for (; b + 2 <= lowBits; b += 2) {
                int m = 1 << b;
                for (int base = start; base < end; base += 4 * m) {
                    PairKernels.crossTwoBits(psiRe, psiIm, lamRe, lamIm, base, m, b, lanes);
                }
            }
            for (; b < lowBits; b++) {
                int m = 1 << b;
                for (int base = start; base < end; base += 2 * m) {
                    PairKernels.crossRun(psiRe, psiIm, lamRe, lamIm, base, base + m, m, lanes,
                            PairKernels.LANE_BLOCK * b);
                }
            }
        }
        int width = 1 << columnBits;
        for (int column = 0; column < block && lowBits < bits; column += width) {
            int b = lowBits;
            for (; b + 2 <= bits; b += 2) {
                int m = 1 << b;
                for (int base = 0; base < dimension; base += 4 * m) {
                    for (int row = base; row < base + m; row += block) {
                        PairKernels.crossTwoBits(psiRe, psiIm, lamRe, lamIm, row + column, width, b, lanes);
                    }
                }
            }
            for (; b < bits; b++) {
                int m = 1 << b;
                for (int base = 0; base < dimension; base += 2 * m) {
                    for (int row = base; row < base + m; row += block) {
                        PairKernels.crossRun(psiRe, psiIm, lamRe, lamIm, row + column, row + column + m, width,
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
