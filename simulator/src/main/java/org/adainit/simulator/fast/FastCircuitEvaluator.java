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
    static final int DEFAULT_COLUMN_BITS = 6;

    private static final double[] PAULI_Y = {0, 0, 0, -1, 0, 1, 0, 0};
    private static final double[] PAULI_Z = {1, 0, 0, 0, 0, 0, -1, 0};

    private final int qubits;
    private final int layers;
    private final int features;
    private final LayerPasses passes;
    private final LinearBitMap[] ringForward;
    private final LinearBitMap[] ringBackward;
    private final ProductEnvironment environment;

    /** ψ after layer l's Rots (before its ring) for every l, and the final state at index L: backward reads them. */
    private final double[][] stageRe;
    private final double[][] stageIm;
    private double[] lamRe;
    private double[] lamIm;
    private double[] scratchRe;
    private double[] scratchIm;

    /** Rot matrices by layer and bit: {@code rot[l][8b ..]}, and their adjoints. */
    private final double[][] rot;
    private final double[][] rotAdjoint;
    /** Product-layer factors v_b = Rot·RX(x)|0⟩ by bit, and the RX(x)|0⟩ they were made from. */
    private final double[] factors;
    /** Per layer and wire, A_θ = RZ(ω)·Y·RZ(ω)† and A_φ = Rot·Z·Rot† (Matrix2 layout, 8 doubles each). */
    private final double[] thetaGenerator;
    private final double[] phiGenerator;
    /** The weights the gate tables were built from. */
    private final double[] preparedValues;
    private boolean gatesReady;
    private final double[] embedded;
    private final double[] cross;
    private final double[] environmentOut;
    private final double[] lowMass;
    /** Probability mass with each bit set, by bit. */
    private final double[] setMass;
    private final double[] highMass;
    private final double[] lowEigen;
    private final double[] highEigen;
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
        stageRe = new double[layers + 1][dimension];
        stageIm = new double[layers + 1][dimension];
        lamRe = new double[dimension];
        lamIm = new double[dimension];
        scratchRe = new double[dimension];
        scratchIm = new double[dimension];
        rot = new double[layers][8 * qubits];
        rotAdjoint = new double[layers][8 * qubits];
        factors = new double[4 * qubits];
        thetaGenerator = new double[8 * layers * qubits];
        phiGenerator = new double[8 * layers * qubits];
        preparedValues = new double[3 * layers * qubits];
        embedded = new double[4 * qubits];
        cross = new double[8 * qubits];
        environmentOut = new double[4 * qubits];
        lowMass = new double[1 << this.lowBits];
        setMass = new double[qubits];
        highMass = new double[1 << (qubits - this.lowBits)];
        lowEigen = new double[1 << this.lowBits];
        highEigen = new double[1 << (qubits - this.lowBits)];
        conjugated = new double[8];
        scratchMatrix = new double[8];
    }

    private int bitOf(int wire) {
        return qubits - 1 - wire;
    }

    @Override
    public void forward(double[] values, double[] x, double[] z) {
        prepareGates(values);
        writeProductState(x);
        for (int l = 0; l < layers; l++) {
            if (l > 0) {
                passes.apply(stageRe[l], stageIm[l], rot[l]);
            }
            if (ringForward[l] != null) {
                ringForward[l].gather(stageRe[l], stageIm[l], stageRe[l + 1], stageIm[l + 1]);
            } else {
                System.arraycopy(stageRe[l], 0, stageRe[l + 1], 0, stageRe[l].length);
                System.arraycopy(stageIm[l], 0, stageIm[l + 1], 0, stageIm[l].length);
            }
        }
        expectations(z);
    }

    @Override
    public void backward(double[] values, double[] g, double[] gradient) {
        applyObservable(g);
        for (int l = layers - 1; l >= 1; l--) {
            if (ringBackward[l] != null) {
                ringBackward[l].gather(lamRe, lamIm, scratchRe, scratchIm);
                swapLambdaWithScratch();
            }
            passes.cross(stageRe[l], stageIm[l], lamRe, lamIm, cross);
            for (int w = 0; w < qubits; w++) {
                addRotGradient(l, w, cross, 8 * bitOf(w), gradient);
            }
            passes.apply(lamRe, lamIm, rotAdjoint[l]);
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
     * Builds every Rot matrix, its adjoint and the generators A_θ, A_φ of its angles, once per parameter vector: a
     * mini-batch shares its weights, so trigonometry and 2×2 products stay out of the per-sample path.
     */
    private void prepareGates(double[] values) {
        int count = layers * qubits * 3;
        if (gatesReady && java.util.Arrays.equals(values, 0, count, preparedValues, 0, count)) {
            return;
        }
        System.arraycopy(values, 0, preparedValues, 0, count);
        for (int l = 0; l < layers; l++) {
            for (int w = 0; w < qubits; w++) {
                int slot = (l * qubits + w) * 3;
                int o = 8 * bitOf(w);
                Matrix2.rot(values[slot], values[slot + 1], values[slot + 2], rot[l], o);
                Matrix2.adjoint(rot[l], o, rotAdjoint[l]);
                double c = Math.cos(values[slot + 2] / 2);
                double s = Math.sin(values[slot + 2] / 2);
                double[] rz = {c, -s, 0, 0, 0, 0, c, s};
                Matrix2.conjugate(rz, 0, PAULI_Y, scratchMatrix, conjugated);
                System.arraycopy(conjugated, 0, thetaGenerator, 8 * (l * qubits + w), 8);
                Matrix2.conjugate(rot[l], o, PAULI_Z, scratchMatrix, conjugated);
                System.arraycopy(conjugated, 0, phiGenerator, 8 * (l * qubits + w), 8);
            }
        }
        gatesReady = true;
    }

    /**
     * Adds the three angle gradients of Rot(φ, θ, ω) at layer l, wire w, given the cross matrix R after the gate:
     * ∂/∂a = Im Σ A_a[s][t]·R[s][t] with A_ω = Z, A_θ = RZ(ω)·Y·RZ(ω)†, A_φ = Rot·Z·Rot†.
     */
    private void addRotGradient(int l, int w, double[] r, int ro, double[] gradient) {
        int slot = (l * qubits + w) * 3;
        int generator = 8 * (l * qubits + w);
        gradient[slot + 2] += Matrix2.imaginaryPairing(PAULI_Z, 0, r, ro);
        gradient[slot + 1] += Matrix2.imaginaryPairing(thetaGenerator, generator, r, ro);
        gradient[slot] += Matrix2.imaginaryPairing(phiGenerator, generator, r, ro);
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
        double[] psiRe = stageRe[0];
        double[] psiIm = stageIm[0];
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
        double[] psiRe = stageRe[layers];
        double[] psiIm = stageIm[layers];
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
        double total = massWithBitSet(lowMass, lowBits, setMass, 0);
        massWithBitSet(highMass, qubits - lowBits, setMass, lowBits);
        for (int w = 0; w < qubits; w++) {
            z[w] = total - 2 * setMass[bitOf(w)];
        }
    }

    /**
     * For every bit b < count of the index of {@code mass}, Σ_{k: bit b set} mass[k] into {@code out[offset + b]};
     * returns Σ mass. Folds the top bit away at each step, so the work is 2·|mass| instead of count·|mass|.
     * Overwrites {@code mass}.
     */
    private static double massWithBitSet(double[] mass, int count, double[] out, int offset) {
        for (int b = count - 1; b >= 0; b--) {
            int half = 1 << b;
            double set = 0;
            for (int k = 0; k < half; k++) {
                set += mass[k + half];
                mass[k] += mass[k + half];
            }
            out[offset + b] = set;
        }
        return mass[0];
    }

    /** λ = Σ_w g_w Z_w ψ; the eigenvalue splits into a low-index and a high-index part. */
    private void applyObservable(double[] g) {
        double[] psiRe = stageRe[layers];
        double[] psiIm = stageIm[layers];
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

    private void swapLambdaWithScratch() {
        double[] re = lamRe;
        double[] im = lamIm;
        lamRe = scratchRe;
        lamIm = scratchIm;
        scratchRe = re;
        scratchIm = im;
    }
}
