package org.adainit.simulator.fast;

/**
 * One single-qubit gate on every bit of the state, applied in two cache-blocked passes instead of n: first every
 * block of 2^lowBits contiguous amplitudes gets all gates on bits below lowBits while it sits in cache; then every
 * tile of 2^columnBits contiguous columns × all values of the high bits gets the gates on the high bits. Gates on
 * distinct bits commute, so the order within a layer is free.
 *
 * <p>The backward variant walks ψ and λ together: for each bit it accumulates the cross matrix
 * R[s][t] = Σ conj(λ_s)·ψ_t over the bit's pairs, then un-applies the gate (U†) to both, all in the same two passes.
 */
final class LayerPasses {

    private final int bits;
    private final int lowBits;
    private final int columnBits;

    LayerPasses(int bits, int lowBits, int columnBits) {
        this.bits = bits;
        this.lowBits = Math.min(bits, lowBits);
        this.columnBits = Math.min(this.lowBits, columnBits);
    }

    /** Applies {@code matrices[8·b ..]} to bit b for every bit. */
    void apply(double[] re, double[] im, double[] matrices) {
        int dimension = 1 << bits;
        int block = 1 << lowBits;
        for (int start = 0; start < dimension; start += block) {
            for (int b = 0; b < lowBits; b++) {
                int mask = 1 << b;
                for (int base = start; base < start + block; base += mask << 1) {
                    applyPairs(re, im, base, base + mask, mask, matrices, 8 * b);
                }
            }
        }
        int width = 1 << columnBits;
        for (int column = 0; column < block && lowBits < bits; column += width) {
            for (int b = lowBits; b < bits; b++) {
                int mask = 1 << b;
                for (int rowBase = 0; rowBase < dimension; rowBase += mask << 1) {
                    for (int row = rowBase; row < rowBase + mask; row += block) {
                        applyPairs(re, im, row + column, row + column + mask, width, matrices, 8 * b);
                    }
                }
            }
        }
    }

    /**
     * For every bit b: adds Σ conj(λ_s)ψ_t over its pairs into {@code cross[8·b ..]} (layout of {@link Matrix2}),
     * then applies U_b† to ψ and λ.
     */
    void crossAndUnapply(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm, double[] matrices, double[] cross) {
        java.util.Arrays.fill(cross, 0, 8 * bits, 0.0);
        int dimension = 1 << bits;
        int block = 1 << lowBits;
        for (int start = 0; start < dimension; start += block) {
            for (int b = 0; b < lowBits; b++) {
                int mask = 1 << b;
                for (int base = start; base < start + block; base += mask << 1) {
                    crossPairs(psiRe, psiIm, lamRe, lamIm, base, base + mask, mask, matrices, cross, 8 * b);
                }
            }
        }
        int width = 1 << columnBits;
        for (int column = 0; column < block && lowBits < bits; column += width) {
            for (int b = lowBits; b < bits; b++) {
                int mask = 1 << b;
                for (int rowBase = 0; rowBase < dimension; rowBase += mask << 1) {
                    for (int row = rowBase; row < rowBase + mask; row += block) {
                        crossPairs(psiRe, psiIm, lamRe, lamIm, row + column, row + column + mask, width,
                                matrices, cross, 8 * b);
                    }
                }
            }
        }
    }

    /** [x_i; y_i] ← U·[x_i; y_i] for i < count, x at first.., y at second.. */
    private static void applyPairs(
            double[] re, double[] im, int first, int second, int count, double[] m, int o) {
        double ar = m[o];
        double ai = m[o + 1];
        double br = m[o + 2];
        double bi = m[o + 3];
        double cr = m[o + 4];
        double ci = m[o + 5];
        double dr = m[o + 6];
        double di = m[o + 7];
        for (int i = 0; i < count; i++) {
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

    private static void crossPairs(
            double[] psiRe, double[] psiIm, double[] lamRe, double[] lamIm,
            int first, int second, int count, double[] m, double[] cross, int o) {
        // U† = [[conj a, conj c], [conj b, conj d]]
        double ar = m[o];
        double ai = -m[o + 1];
        double br = m[o + 4];
        double bi = -m[o + 5];
        double cr = m[o + 2];
        double ci = -m[o + 3];
        double dr = m[o + 6];
        double di = -m[o + 7];
        double r00 = 0;
        double i00 = 0;
        double r01 = 0;
        double i01 = 0;
        double r10 = 0;
        double i10 = 0;
        double r11 = 0;
        double i11 = 0;
        for (int i = 0; i < count; i++) {
            int k = first + i;
            int j = second + i;
            double p0r = psiRe[k];
            double p0i = psiIm[k];
            double p1r = psiRe[j];
            double p1i = psiIm[j];
            double l0r = lamRe[k];
            double l0i = lamIm[k];
            double l1r = lamRe[j];
            double l1i = lamIm[j];
            r00 += l0r * p0r + l0i * p0i;
            i00 += l0r * p0i - l0i * p0r;
            r01 += l0r * p1r + l0i * p1i;
            i01 += l0r * p1i - l0i * p1r;
            r10 += l1r * p0r + l1i * p0i;
            i10 += l1r * p0i - l1i * p0r;
            r11 += l1r * p1r + l1i * p1i;
            i11 += l1r * p1i - l1i * p1r;
            psiRe[k] = ar * p0r - ai * p0i + br * p1r - bi * p1i;
            psiIm[k] = ar * p0i + ai * p0r + br * p1i + bi * p1r;
            psiRe[j] = cr * p0r - ci * p0i + dr * p1r - di * p1i;
            psiIm[j] = cr * p0i + ci * p0r + dr * p1i + di * p1r;
            lamRe[k] = ar * l0r - ai * l0i + br * l1r - bi * l1i;
            lamIm[k] = ar * l0i + ai * l0r + br * l1i + bi * l1r;
            lamRe[j] = cr * l0r - ci * l0i + dr * l1r - di * l1i;
            lamIm[j] = cr * l0i + ci * l0r + dr * l1i + di * l1r;
        }
        cross[o] += r00;
        cross[o + 1] += i00;
        cross[o + 2] += r01;
        cross[o + 3] += i01;
        cross[o + 4] += r10;
        cross[o + 5] += i10;
        cross[o + 6] += r11;
        cross[o + 7] += i11;
    }
}
