package org.adainit.simulator.fast;

import org.adainit.simulator.ansatz.StronglyEntanglingLayers;
import org.adainit.simulator.qnn.CircuitEvaluator;
import org.adainit.simulator.qnn.QnnShape;

/**
 * The QNN circuit specialised for its structure, in a handful of memory passes per sample instead of one per gate:
 * <ul>
 *   <li>the embedding and the first Rot layer act on |0…0⟩, so their output is the product state ⊗_w Rot_w·RX(x_w)|0⟩,
 *       written directly;
 *   <li>each Rot is one fused 2×2 matrix, and a layer's Rots are applied in two cache-blocked passes
 *       ({@link LayerPasses});
 *   <li>a CNOT ring is a GF(2)-linear permutation of basis indices, applied as one gather pass ({@link LinearBitMap});
 *   <li>all ⟨Z_w⟩ come from one read pass, λ = Σ_w g_w Z_w ψ from one more;
 *   <li>backward, each layer's three angle gradients per wire follow from the 2×2 cross matrix
 *       R_w = Σ conj(λ)ψ over the wire's pairs, gathered in the same passes that un-apply the layer; for the product
 *       layer they follow from the environment of the product state ({@link ProductEnvironment}), one read of λ.
 * </ul>
 * Every buffer is allocated in the constructor; {@link #forward} and {@link #backward} allocate nothing. Bits follow
 * PennyLane's order: wire w is bit n−1−w.
 */
public final class FastCircuitEvaluator implements CircuitEvaluator {

    static final int DEFAULT_LOW_BITS = 12;
    static final int DEFAULT_COLUMN_BITS = 4;

    private static final double[] PAULI_Y = {0, 0, 0, -1, 0, 1, 0, 0};
    private static final double[] PAULI_Z = {1, 0, 0, 0, 0, 0, -1, 0};

    private final int qubits;
    private final int layers;
    private final int features;
    private final LayerPasses passes;
    private final LinearBitMap[] ringForward;
    private final LinearBitMap[] ringBackward;
    private final ProductEnvironment environment;

    private double[] psiRe;
    private double[] psiIm;
    private double[] lamRe;
    private double[] lamIm;
    private double[] scratchRe;
    private double[] scratchIm;

    /** Rot matrices by layer and bit: {@code rot[l][8b ..]}. */
    private final double[][] rot;
    /** Product-layer factors v_b = Rot·RX(x)|0⟩ by bit, and the RX(x)|0⟩ they were made from. */
    private final double[] factors;
    /** ω of every Rot, by layer and wire: the gradient of θ needs RZ(ω) alone. */
    private final double[] omegas;
    private final double[] embedded;
    private final double[] cross;
    private final double[] environmentOut;
    private final double[] lowMass;
    private final double[] highMass;
    private final double[] lowEigen;
    private final double[] highEigen;
    private final double[] pairing;
    private final double[] conjugated;
    private final double[] scratchMatrix;
    private final int lowBits;

    public FastCircuitEvaluator(QnnShape shape, int features) {
        this(shape, features, DEFAULT_LOW_BITS, DEFAULT_COLUMN_BITS);
    }

    FastCircuitEvaluator(QnnShape shape, int features, int lowBits, int columnBits) {
        if (features < 1 || features > shape.qubits()) {
            throw new IllegalArgumentException(
                    "AngleEmbedding: " + features + " features on " + shape.qubits() + " qubits");
        }
        this.qubits = shape.qubits();
        this.layers = shape.layers();
        this.features = features;
        this.passes = new LayerPasses(qubits, lowBits, columnBits);
        this.lowBits = Math.min(qubits, lowBits);
        this.ringForward = new LinearBitMap[layers];
        this.ringBackward = new LinearBitMap[layers];
        for (int l = 0; l < layers; l++) {
            int range = StronglyEntanglingLayers.range(l, qubits);
            if (range > 0) {
                int[] controls = new int[qubits];
                int[] targets = new int[qubits];
                for (int w = 0; w < qubits; w++) {
                    controls[w] = bitOf(w);
                    targets[w] = bitOf((w + range) % qubits);
                }
                // Gathering dst[k] = src[g(k)] applies the ring when g is its inverse, and undoes it when g is f.
                ringForward[l] = LinearBitMap.ofCnots(qubits, controls, targets, true);
                ringBackward[l] = LinearBitMap.ofCnots(qubits, controls, targets, false);
            }
        }
        this.environment = new ProductEnvironment(qubits);
        int dimension = 1 << qubits;
        psiRe = new double[dimension];
        psiIm = new double[dimension];
        lamRe = new double[dimension];
        lamIm = new double[dimension];
        scratchRe = new double[dimension];
        scratchIm = new double[dimension];
        rot = new double[layers][8 * qubits];
        factors = new double[4 * qubits];
        omegas = new double[layers * qubits];
        embedded = new double[4 * qubits];
        cross = new double[8 * qubits];
        environmentOut = new double[4 * qubits];
        lowMass = new double[1 << this.lowBits];
        highMass = new double[1 << (qubits - this.lowBits)];
        lowEigen = new double[1 << this.lowBits];
        highEigen = new double[1 << (qubits - this.lowBits)];
        pairing = new double[8];
        conjugated = new double[8];
        scratchMatrix = new double[8];
    }

    private int bitOf(int wire) {
        return qubits - 1 - wire;
    }

    @Override
    public void forward(double[] values, double[] x, double[] z) {
        for (int l = 0; l < layers; l++) {
            for (int w = 0; w < qubits; w++) {
                int slot = (l * qubits + w) * 3;
                Matrix2.rot(values[slot], values[slot + 1], values[slot + 2], rot[l], 8 * bitOf(w));
                omegas[l * qubits + w] = values[slot + 2];
            }
        }
        writeProductState(x);
        for (int l = 0; l < layers; l++) {
            if (l > 0) {
                passes.apply(psiRe, psiIm, rot[l]);
            }
            if (ringForward[l] != null) {
                ringForward[l].gather(psiRe, psiIm, scratchRe, scratchIm);
                swapPsiWithScratch();
            }
        }
        expectations(z);
    }

    @Override
    public void backward(double[] values, double[] g, double[] gradient) {
        applyObservable(g);
        for (int l = layers - 1; l >= 1; l--) {
            if (ringBackward[l] != null) {
                ringBackward[l].gather(psiRe, psiIm, scratchRe, scratchIm);
                swapPsiWithScratch();
                ringBackward[l].gather(lamRe, lamIm, scratchRe, scratchIm);
                swapLambdaWithScratch();
            }
            passes.crossAndUnapply(psiRe, psiIm, lamRe, lamIm, rot[l], cross);
            for (int w = 0; w < qubits; w++) {
                addRotGradient(l, w, cross, 8 * bitOf(w), gradient);
            }
        }
        if (ringBackward[0] != null) {
            ringBackward[0].gather(lamRe, lamIm, scratchRe, scratchIm);
            swapLambdaWithScratch();
        }
        environment.compute(lamRe, lamIm, factors, environmentOut);
        for (int w = 0; w < qubits; w++) {
            int b = bitOf(w);
            // R[s][t] = M[s]·v[t]: the cross matrix of λ with the product state, restricted to wire w.
            for (int s = 0; s < 2; s++) {
                double mr = environmentOut[4 * b + 2 * s];
                double mi = environmentOut[4 * b + 2 * s + 1];
                for (int t = 0; t < 2; t++) {
                    double vr = factors[4 * b + 2 * t];
                    double vi = factors[4 * b + 2 * t + 1];
                    cross[4 * s + 2 * t] = mr * vr - mi * vi;
                    cross[4 * s + 2 * t + 1] = mr * vi + mi * vr;
                }
            }
            addRotGradient(0, w, cross, 0, gradient);
        }
    }

    /**
     * Adds the three angle gradients of Rot(φ, θ, ω) at layer l, wire w, given the cross matrix R after the gate:
     * ∂/∂a = Im Σ A_a[s][t]·R[s][t] with A_ω = Z, A_θ = RZ(ω)·Y·RZ(ω)†, A_φ = Rot·Z·Rot†.
     */
    private void addRotGradient(int l, int w, double[] r, int ro, double[] gradient) {
        int slot = (l * qubits + w) * 3;
        gradient[slot + 2] += Matrix2.imaginaryPairing(PAULI_Z, r, ro);
        double omega = omegas[l * qubits + w];
        // RZ(ω) as a matrix
        double c = Math.cos(omega / 2);
        double s = Math.sin(omega / 2);
        pairing[0] = c;
        pairing[1] = -s;
        pairing[2] = 0;
        pairing[3] = 0;
        pairing[4] = 0;
        pairing[5] = 0;
        pairing[6] = c;
        pairing[7] = s;
        Matrix2.conjugate(pairing, 0, PAULI_Y, scratchMatrix, conjugated);
        gradient[slot + 1] += Matrix2.imaginaryPairing(conjugated, r, ro);
        Matrix2.conjugate(rot[l], 8 * bitOf(w), PAULI_Z, scratchMatrix, conjugated);
        gradient[slot] += Matrix2.imaginaryPairing(conjugated, r, ro);
    }

    private void writeProductState(double[] x) {
        for (int w = 0; w < qubits; w++) {
            int b = bitOf(w);
            double angle = w < features ? x[w] : 0.0;
            embedded[4 * b] = Math.cos(angle / 2);
            embedded[4 * b + 1] = 0;
            embedded[4 * b + 2] = 0;
            embedded[4 * b + 3] = -Math.sin(angle / 2);
            double[] m = rot[0];
            int o = 8 * b;
            double ur = embedded[4 * b];
            double vi = embedded[4 * b + 3];
            // v = Rot·(u0, i·u1i) with u0 real and u1 purely imaginary
            factors[4 * b] = m[o] * ur - m[o + 3] * vi;
            factors[4 * b + 1] = m[o + 1] * ur + m[o + 2] * vi;
            factors[4 * b + 2] = m[o + 4] * ur - m[o + 7] * vi;
            factors[4 * b + 3] = m[o + 5] * ur + m[o + 6] * vi;
        }
        // Wire 0 is the most significant bit: grow the tensor product from wire 0, doubling in place from the back.
        psiRe[0] = 1;
        psiIm[0] = 0;
        for (int w = 0; w < qubits; w++) {
            int f = 4 * bitOf(w);
            double v0r = factors[f];
            double v0i = factors[f + 1];
            double v1r = factors[f + 2];
            double v1i = factors[f + 3];
            for (int k = (1 << w) - 1; k >= 0; k--) {
                double r = psiRe[k];
                double i = psiIm[k];
                psiRe[2 * k + 1] = r * v1r - i * v1i;
                psiIm[2 * k + 1] = r * v1i + i * v1r;
                psiRe[2 * k] = r * v0r - i * v0i;
                psiIm[2 * k] = r * v0i + i * v0r;
            }
        }
    }

    /** ⟨Z_w⟩ from one read pass: probability mass by low index and by high index. */
    private void expectations(double[] z) {
        int lowSize = 1 << lowBits;
        java.util.Arrays.fill(lowMass, 0.0);
        for (int h = 0; h < highMass.length; h++) {
            int base = h << lowBits;
            double sum = 0;
            for (int a = 0; a < lowSize; a++) {
                double p = psiRe[base + a] * psiRe[base + a] + psiIm[base + a] * psiIm[base + a];
                lowMass[a] += p;
                sum += p;
            }
            highMass[h] = sum;
        }
        for (int w = 0; w < qubits; w++) {
            int b = bitOf(w);
            double[] mass = b < lowBits ? lowMass : highMass;
            int bit = b < lowBits ? b : b - lowBits;
            double total = 0;
            double set = 0;
            for (int k = 0; k < mass.length; k++) {
                total += mass[k];
                if ((k >>> bit & 1) != 0) {
                    set += mass[k];
                }
            }
            z[w] = total - 2 * set;
        }
    }

    /** λ = Σ_w g_w Z_w ψ; the eigenvalue splits into a low-index and a high-index part. */
    private void applyObservable(double[] g) {
        fillEigen(lowEigen, 0, lowBits, g);
        fillEigen(highEigen, lowBits, qubits - lowBits, g);
        int lowSize = 1 << lowBits;
        for (int h = 0; h < highEigen.length; h++) {
            int base = h << lowBits;
            double eh = highEigen[h];
            for (int a = 0; a < lowSize; a++) {
                double e = eh + lowEigen[a];
                lamRe[base + a] = e * psiRe[base + a];
                lamIm[base + a] = e * psiIm[base + a];
            }
        }
    }

    private void fillEigen(double[] table, int firstBit, int count, double[] g) {
        table[0] = 0;
        for (int i = 0; i < count; i++) {
            double weight = g[qubits - 1 - (firstBit + i)];
            int size = 1 << i;
            for (int a = 0; a < size; a++) {
                table[a | size] = table[a] - weight;
                table[a] += weight;
            }
        }
    }

    private void swapPsiWithScratch() {
        double[] re = psiRe;
        double[] im = psiIm;
        psiRe = scratchRe;
        psiIm = scratchIm;
        scratchRe = re;
        scratchIm = im;
    }

    private void swapLambdaWithScratch() {
        double[] re = lamRe;
        double[] im = lamIm;
        lamRe = scratchRe;
        lamIm = scratchIm;
        scratchRe = re;
        scratchIm = im;
    }
}
