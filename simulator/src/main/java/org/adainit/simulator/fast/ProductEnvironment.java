package org.adainit.simulator.fast;

/**
 * For a state λ and a product state ⊗_b v_b (one 2-vector per bit), the environment of every bit:
 * M_b[s] = Σ_{rest} conj(λ[b = s, rest])·Π_{c ≠ b} v_c[rest_c]. Divide and conquer over the bits: contracting the
 * upper half of the bits with their product gives a tensor over the lower half and vice versa, in one read of λ;
 * recursing on the halves costs O(2^{n/2}) more. Buffers are allocated once per width.
 */
final class ProductEnvironment {

    private final int bits;
    /** Per recursion depth: two tensors (low half, high half) and two product tables, complex, re/im interleaved. */
    private final double[][] lowTensor;
    private final double[][] highTensor;
    private final double[][] lowProduct;
    private final double[][] highProduct;

    ProductEnvironment(int bits) {
        this.bits = bits;
        int depth = 2 + 32 - Integer.numberOfLeadingZeros(bits);
        int size = 2 << ((bits + 1) / 2);
        lowTensor = new double[depth][size];
        highTensor = new double[depth][size];
        lowProduct = new double[depth][size];
        highProduct = new double[depth][size];
    }

    /**
     * Writes M_b into {@code environment[4b .. 4b+4)} as {Re M[0], Im M[0], Re M[1], Im M[1]}.
     *
     * @param factors v_b as {Re v[0], Im v[0], Re v[1], Im v[1]} at {@code 4b}
     */
    void compute(double[] lamRe, double[] lamIm, double[] factors, double[] environment) {
        if (bits == 1) {
            environment[0] = lamRe[0];
            environment[1] = -lamIm[0];
            environment[2] = lamRe[1];
            environment[3] = -lamIm[1];
            return;
        }
        int mid = bits / 2;
        int lowCount = mid;
        int highCount = bits - mid;
        double[] lowT = lowTensor[0];
        double[] highT = highTensor[0];
        double[] lowP = lowProduct[0];
        double[] highP = highProduct[0];
        products(factors, 0, lowCount, lowP);
        products(factors, mid, highCount, highP);
        java.util.Arrays.fill(lowT, 0, 2 << lowCount, 0.0);
        int lowSize = 1 << lowCount;
        for (int h = 0; h < (1 << highCount); h++) {
            double pr = highP[2 * h];
            double pi = highP[2 * h + 1];
            double accRe = 0;
            double accIm = 0;
            int base = h << lowCount;
            for (int a = 0; a < lowSize; a++) {
                // t = conj(λ)
                double tr = lamRe[base + a];
                double ti = -lamIm[base + a];
                lowT[2 * a] += tr * pr - ti * pi;
                lowT[2 * a + 1] += tr * pi + ti * pr;
                double qr = lowP[2 * a];
                double qi = lowP[2 * a + 1];
                accRe += tr * qr - ti * qi;
                accIm += tr * qi + ti * qr;
            }
            highT[2 * h] = accRe;
            highT[2 * h + 1] = accIm;
        }
        recurse(lowT, 0, lowCount, factors, environment, 1);
        recurse(highT, mid, highCount, factors, environment, 1);
    }

    /** tensor over bits [first, first + count) with local index; writes the environments of those bits. */
    private void recurse(double[] tensor, int first, int count, double[] factors, double[] environment, int depth) {
        if (count == 1) {
            System.arraycopy(tensor, 0, environment, 4 * first, 4);
            return;
        }
        int lowCount = count / 2;
        int highCount = count - lowCount;
        double[] lowT = lowTensor[depth];
        double[] highT = highTensor[depth];
        double[] lowP = lowProduct[depth];
        double[] highP = highProduct[depth];
        products(factors, first, lowCount, lowP);
        products(factors, first + lowCount, highCount, highP);
        java.util.Arrays.fill(lowT, 0, 2 << lowCount, 0.0);
        int lowSize = 1 << lowCount;
        for (int h = 0; h < (1 << highCount); h++) {
            double pr = highP[2 * h];
            double pi = highP[2 * h + 1];
            double accRe = 0;
            double accIm = 0;
            int base = h << lowCount;
            for (int a = 0; a < lowSize; a++) {
                double tr = tensor[2 * (base + a)];
                double ti = tensor[2 * (base + a) + 1];
                lowT[2 * a] += tr * pr - ti * pi;
                lowT[2 * a + 1] += tr * pi + ti * pr;
                double qr = lowP[2 * a];
                double qi = lowP[2 * a + 1];
                accRe += tr * qr - ti * qi;
                accIm += tr * qi + ti * qr;
            }
            highT[2 * h] = accRe;
            highT[2 * h + 1] = accIm;
        }
        // The high half's tensor is consumed after the low recursion, which reuses deeper buffers only.
        recurse(lowT, first, lowCount, factors, environment, depth + 1);
        recurse(highT, first + lowCount, highCount, factors, environment, depth + 1);
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
