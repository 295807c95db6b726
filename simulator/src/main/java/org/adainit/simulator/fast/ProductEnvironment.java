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
        if (bits == 2) {
            computeTwoBits(lamRe, lamIm, factors, environment);
            return;
        }
        // conj(λ): the imaginary parts enter with sign −1 at the top level only.
        split(lamRe, lamIm, -1, 0, bits, factors, environment, 0);
    }

    /**
     * Two bits written out, where the recursion's set-up would cost more than its arithmetic:
     * M_0[s] = Σ_t conj(λ[2t + s])·v_1[t] and M_1[s] = Σ_t conj(λ[2s + t])·v_0[t].
     */
    private static void computeTwoBits(double[] lamRe, double[] lamIm, double[] factors, double[] environment) {
        for (int s = 0; s < 2; s++) {
            double m0r = 0;
            double m0i = 0;
            double m1r = 0;
            double m1i = 0;
            for (int t = 0; t < 2; t++) {
                int k0 = 2 * t + s;
                double v1r = factors[4 + 2 * t];
                double v1i = factors[5 + 2 * t];
                m0r += lamRe[k0] * v1r + lamIm[k0] * v1i;
                m0i += lamRe[k0] * v1i - lamIm[k0] * v1r;
                int k1 = 2 * s + t;
                double v0r = factors[2 * t];
                double v0i = factors[1 + 2 * t];
                m1r += lamRe[k1] * v0r + lamIm[k1] * v0i;
                m1i += lamRe[k1] * v0i - lamIm[k1] * v0r;
            }
            environment[2 * s] = m0r;
            environment[2 * s + 1] = m0i;
            environment[4 + 2 * s] = m1r;
            environment[4 + 2 * s + 1] = m1i;
        }
    }

    /**
     * The same with λ given through a permutation: the product state's index p holds λ[k] for p = map(k), as when λ
     * sits after a CNOT ring that follows the product layer. Streams λ once; only the small half tensors are
     * addressed out of order.
     */
    void compute(double[] lamRe, double[] lamIm, LinearBitMap map, double[] factors, double[] environment) {
        if (bits == 1) {
            compute(lamRe, lamIm, factors, environment);
            return;
        }
        int lowCount = bits / 2;
        int highCount = bits - lowCount;
        double[] lr = lowRe[0];
        double[] li = lowIm[0];
        double[] hr = highRe[0];
        double[] hi = highIm[0];
        double[] lowP = lowProduct[0];
        double[] highP = highProduct[0];
        products(factors, 0, lowCount, lowP);
        products(factors, lowCount, highCount, highP);
        int lowMask = (1 << lowCount) - 1;
        java.util.Arrays.fill(lr, 0, 1 << lowCount, 0.0);
        java.util.Arrays.fill(li, 0, 1 << lowCount, 0.0);
        java.util.Arrays.fill(hr, 0, 1 << highCount, 0.0);
        java.util.Arrays.fill(hi, 0, 1 << highCount, 0.0);
        int[] lowImages = map.lowTable();
        int chunk = Math.min(256, lamRe.length);
        for (int start = 0; start < lamRe.length; start += chunk) {
            int base = map.apply(start);
            for (int i = 0; i < chunk; i++) {
                int p = base ^ lowImages[i];
                int a = p & lowMask;
                int h = p >>> lowCount;
                double tr = lamRe[start + i];
                double ti = -lamIm[start + i];
                double pr = highP[2 * h];
                double pi = highP[2 * h + 1];
                lr[a] += tr * pr - ti * pi;
                li[a] += tr * pi + ti * pr;
                double qr = lowP[2 * a];
                double qi = lowP[2 * a + 1];
                hr[h] += tr * qr - ti * qi;
                hi[h] += tr * qi + ti * qr;
            }
        }
        split(lr, li, 1, 0, lowCount, factors, environment, 1);
        split(hr, hi, 1, lowCount, highCount, factors, environment, 1);
    }

    /**
     * Writes the product state ⊗_b v_b permuted: re/im[k] = Π_b v_b[bit b of map(k)], from two half product tables,
     * so the permutation costs no scattered access to the state.
     */
    void writeProduct(double[] factors, LinearBitMap map, double[] re, double[] im) {
        int lowCount = bits / 2;
        int highCount = bits - lowCount;
        double[] lowP = lowProduct[0];
        double[] highP = highProduct[0];
        products(factors, 0, lowCount, lowP);
        products(factors, lowCount, highCount, highP);
        int lowMask = (1 << lowCount) - 1;
        int[] lowImages = map.lowTable();
        int chunk = Math.min(256, re.length);
        for (int start = 0; start < re.length; start += chunk) {
            int base = map.apply(start);
            for (int i = 0; i < chunk; i++) {
                int p = base ^ lowImages[i];
                int a = p & lowMask;
                int h = p >>> lowCount;
                double ar = lowP[2 * a];
                double ai = lowP[2 * a + 1];
                double br = highP[2 * h];
                double bi = highP[2 * h + 1];
                re[start + i] = ar * br - ai * bi;
                im[start + i] = ar * bi + ai * br;
            }
        }
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
