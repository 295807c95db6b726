package org.adainit.simulator.fast;

/**
 * For a state λ and a product state ⊗_b v_b (one 2-vector per bit), the environment of every bit:
 * M_b[s] = Σ_{rest} conj(λ[b = s, rest])·Π_{c ≠ b} v_c[rest_c]. Divide and conquer over the bits: contracting the
 * upper half of the bits with their product gives a tensor over the lower half and vice versa, in one read of λ;
 * recursing on the halves costs O(2^{n/2}) more. Buffers are allocated once per width.
 */
final class ProductEnvironment {

    private final int bits;
    /** Per recursion depth: the two half tensors and the two product tables, re and im apart. */
    private final double[][] lowRe;
    private final double[][] lowIm;
    private final double[][] highRe;
    private final double[][] highIm;
    private final double[][] lowProduct;
    private final double[][] highProduct;

    ProductEnvironment(int bits) {
        this.bits = bits;
        int depth = 2 + 32 - Integer.numberOfLeadingZeros(bits);
        int size = 1 << ((bits + 1) / 2);
        lowRe = new double[depth][size];
        lowIm = new double[depth][size];
        highRe = new double[depth][size];
        highIm = new double[depth][size];
        lowProduct = new double[depth][2 * size];
        highProduct = new double[depth][2 * size];
    }

    /**
     * Writes M_b into {@code environment[4b .. 4b+4)} as {Re M[0], Im M[0], Re M[1], Im M[1]}.
     *
     * @param factors v_b as {Re v[0], Im v[0], Re v[1], Im v[1]} at {@code 4b}
     */
    void compute(double[] lamRe, double[] lamIm, double[] factors, double[] environment) {
        // conj(λ): the imaginary parts enter with sign −1 at the top level only.
        split(lamRe, lamIm, -1, 0, bits, factors, environment, 0);
    }

    /** tensor (re, sign·im) over bits [first, first + count), local index; writes the environments of those bits. */
    private void split(double[] re, double[] im, double sign, int first, int count, double[] factors,
            double[] environment, int depth) {
        if (count == 1) {
            environment[4 * first] = re[0];
            environment[4 * first + 1] = sign * im[0];
            environment[4 * first + 2] = re[1];
            environment[4 * first + 3] = sign * im[1];
            return;
        }
        int lowCount = count / 2;
        int highCount = count - lowCount;
        double[] lr = lowRe[depth];
        double[] li = lowIm[depth];
        double[] hr = highRe[depth];
        double[] hi = highIm[depth];
        double[] lowP = lowProduct[depth];
        double[] highP = highProduct[depth];
        products(factors, first, lowCount, lowP);
        products(factors, first + lowCount, highCount, highP);
        int lowSize = 1 << lowCount;
        java.util.Arrays.fill(lr, 0, lowSize, 0.0);
        java.util.Arrays.fill(li, 0, lowSize, 0.0);
        for (int h = 0; h < (1 << highCount); h++) {
            double pr = highP[2 * h];
            double pi = highP[2 * h + 1];
            double accRe = 0;
            double accIm = 0;
            int base = h << lowCount;
            for (int a = 0; a < lowSize; a++) {
                double tr = re[base + a];
                double ti = sign * im[base + a];
                lr[a] += tr * pr - ti * pi;
                li[a] += tr * pi + ti * pr;
                double qr = lowP[2 * a];
                double qi = lowP[2 * a + 1];
                accRe += tr * qr - ti * qi;
                accIm += tr * qi + ti * qr;
            }
            hr[h] = accRe;
            hi[h] = accIm;
        }
        // The high half is consumed after the low recursion, which reuses deeper buffers only.
        split(lr, li, 1, first, lowCount, factors, environment, depth + 1);
        split(hr, hi, 1, first + lowCount, highCount, factors, environment, depth + 1);
    }

    /** Π over bits [first, first + count) of v_bit[index bit], for every local index, into {@code out}. */
    private static void products(double[] factors, int first, int count, double[] out) {
        out[0] = 1;
        out[1] = 0;
        for (int i = 0; i < count; i++) {
            int f = 4 * (first + i);
            int size = 1 << i;
            for (int a = size - 1; a >= 0; a--) {
                double r = out[2 * a];
                double im = out[2 * a + 1];
                int with = a | size;
                out[2 * with] = r * factors[f + 2] - im * factors[f + 3];
                out[2 * with + 1] = r * factors[f + 3] + im * factors[f + 2];
                out[2 * a] = r * factors[f] - im * factors[f + 1];
                out[2 * a + 1] = r * factors[f + 1] + im * factors[f];
            }
        }
    }
}
