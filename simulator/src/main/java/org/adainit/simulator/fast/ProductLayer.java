package org.adainit.simulator.fast;

/**
 * The embedding and the first Rot layer act on |0…0⟩, so their output is the product state ⊗_w v_w with
 * v_w = Rot_w·RX(x_w)|0⟩ (|0⟩ beyond the features): written directly, and differentiated through the environment
 * of each wire in the product ({@link ProductEnvironment}) instead of by more passes.
 */
final class ProductLayer {

    private final int qubits;
    private final int features;
    final RotGateMatrices rots;
    /** v by bit: {Re v[0], Im v[0], Re v[1], Im v[1]}. */
    private final double[] factors;
    private final ProductEnvironment environment;
    private final double[] environmentOut;

    ProductLayer(int qubits, int features) {
        this.qubits = qubits;
        this.features = features;
        this.rots = new RotGateMatrices(qubits);
        this.factors = new double[4 * qubits];
        this.environment = new ProductEnvironment(qubits);
        this.environmentOut = new double[4 * qubits];
    }

    /** Writes ⊗_w v_w for sample x into (re, im); the rots must be set. */
    void write(double[] x, double[] re, double[] im) {
        computeFactors(x);
        writeTensorProduct(re, im);
    }

    /** Writes the product state for sample x as seen after a permutation: (re, im)[k] = product[map(k)]. */
    void writePermuted(double[] x, LinearBitMap map, double[] re, double[] im) {
        computeFactors(x);
        environment.writeProduct(factors, map, re, im);
    }

    private void computeFactors(double[] x) {
        double[] m = rots.matrices;
        for (int w = 0; w < qubits; w++) {
            int b = qubits - 1 - w;
            double angle = w < features ? x[w] : 0.0;
            // RX(x)|0⟩ = (cos x/2, −i sin x/2)
            double u0 = Math.cos(angle / 2);
            double u1 = -Math.sin(angle / 2);
            int o = 8 * b;
            factors[4 * b] = m[o] * u0 - m[o + 3] * u1;
            factors[4 * b + 1] = m[o + 1] * u0 + m[o + 2] * u1;
            factors[4 * b + 2] = m[o + 4] * u0 - m[o + 7] * u1;
            factors[4 * b + 3] = m[o + 5] * u0 + m[o + 6] * u1;
        }
    }

    private void writeTensorProduct(double[] re, double[] im) {
        // Wire 0 is the most significant bit: grow the tensor product from wire 0, doubling in place from the back.
        re[0] = 1;
        im[0] = 0;
        for (int w = 0; w < qubits; w++) {
            int f = 4 * (qubits - 1 - w);
            double v0r = factors[f];
            double v0i = factors[f + 1];
            double v1r = factors[f + 2];
            double v1i = factors[f + 3];
            for (int k = (1 << w) - 1; k >= 0; k--) {
                double r = re[k];
                double i = im[k];
                re[2 * k + 1] = r * v1r - i * v1i;
                im[2 * k + 1] = r * v1i + i * v1r;
                re[2 * k] = r * v0r - i * v0i;
                im[2 * k] = r * v0i + i * v0r;
            }
        }
    }

    /**
     * Adds the first layer's angle gradients given λ just after it: for wire w, R[s][t] = M_w[s]·v_w[t] with M_w the
     * environment of the wire.
     */
    void addGradient(double[] lamRe, double[] lamIm, double[] gradient) {
        environment.compute(lamRe, lamIm, factors, environmentOut);
        addGradientFromEnvironment(gradient);
    }

    /** The same with λ given after a permutation of the product state's indices: λ[k] belongs to index map(k). */
    void addGradient(double[] lamRe, double[] lamIm, LinearBitMap map, double[] gradient) {
        environment.compute(lamRe, lamIm, map, factors, environmentOut);
        addGradientFromEnvironment(gradient);
    }

    private void addGradientFromEnvironment(double[] gradient) {
        for (int w = 0; w < qubits; w++) {
            int b = qubits - 1 - w;
            // R[s][t] = M[s]·v[t]; the gradients need Im R00, Im R11, Im(R01 + R10), Re(R10 − R01)
            double m0r = environmentOut[4 * b];
            double m0i = environmentOut[4 * b + 1];
            double m1r = environmentOut[4 * b + 2];
            double m1i = environmentOut[4 * b + 3];
            double v0r = factors[4 * b];
            double v0i = factors[4 * b + 1];
            double v1r = factors[4 * b + 2];
            double v1i = factors[4 * b + 3];
            double imR00 = m0r * v0i + m0i * v0r;
            double imR11 = m1r * v1i + m1i * v1r;
            double a = (m0r * v1i + m0i * v1r) + (m1r * v0i + m1i * v0r);
            double bSum = (m1r * v0r - m1i * v0i) - (m0r * v1r - m0i * v1i);
            rots.addGradient(b, imR00, imR11, a, bSum, gradient, 3 * w);
        }
    }
}
