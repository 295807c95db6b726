package org.adainit.simulator.fast;

import org.adainit.simulator.ansatz.StronglyEntanglingLayers;
import org.adainit.simulator.qnn.CircuitEvaluator;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.state.StateVector;

/**
 * The QNN circuit for a few qubits, where the whole state fits in a few cache lines and per-pass overheads dominate:
 * fused Rot matrices applied gate by gate, CNOT rings as permutations, the product layer written directly, and a
 * backward sweep that un-rotates only λ and reads each layer's cross matrices against the ψ the forward pass kept.
 * Rot matrices and their generators are built once per weight vector; nothing is allocated per sample.
 */
final class SmallCircuitEvaluator implements CircuitEvaluator {

    private final int qubits;
    private final int layers;
    private final ProductLayer first;
    private final RotGateMatrices[] rots;
    private final LinearBitMap[] applyRing;
    private final LinearBitMap[] undoRing;
    /** ψ after layer l's Rots, before its ring (l < L), and the final state (l = L). */
    private final StateVector[] stages;
    private StateVector lambda;
    private StateVector scratch;
    /** Per index: probabilities, or the observable's diagonal; per bit: set sums, or weights. */
    private final double[] indexTable;
    private final double[] bitSums;
    private final double[] cross = new double[4];
    private final double[] preparedValues;
    private boolean gatesReady;

    SmallCircuitEvaluator(QnnShape shape, int features) {
        if (features < 1 || features > shape.qubits()) {
            throw new IllegalArgumentException(
                    "AngleEmbedding: " + features + " features on " + shape.qubits() + " qubits");
        }
        this.qubits = shape.qubits();
        this.layers = shape.layers();
        this.first = new ProductLayer(qubits, features);
        this.rots = new RotGateMatrices[layers];
        rots[0] = first.rots;
        for (int l = 1; l < layers; l++) {
            rots[l] = new RotGateMatrices(qubits);
        }
        this.applyRing = new LinearBitMap[layers];
        this.undoRing = new LinearBitMap[layers];
        for (int l = 0; l < layers; l++) {
            applyRing[l] = RingMaps.apply(qubits, StronglyEntanglingLayers.range(l, qubits));
            undoRing[l] = RingMaps.undo(qubits, StronglyEntanglingLayers.range(l, qubits));
        }
        this.stages = new StateVector[layers + 1];
        for (int l = 0; l <= layers; l++) {
            stages[l] = new StateVector(qubits);
        }
        this.lambda = new StateVector(qubits);
        this.scratch = new StateVector(qubits);
        this.indexTable = new double[1 << qubits];
        this.bitSums = new double[qubits];
        this.preparedValues = new double[shape.circuitParameterCount()];
    }

    @Override
    public void forward(double[] values, double[] x, double[] z) {
        prepareGates(values);
        first.write(x, stages[0].real(), stages[0].imaginary());
        for (int l = 0; l < layers; l++) {
            StateVector next = stages[l + 1];
            applyRing[l].gather(stages[l].real(), stages[l].imaginary(), next.real(), next.imaginary());
            if (l + 1 < layers) {
                applyLayer(next, rots[l + 1].matrices);
            }
        }
        expectations(stages[layers], z);
    }

    @Override
    public void backward(double[] values, double[] g, double[] gradient) {
        applyObservable(g, stages[layers], lambda);
        for (int l = layers - 1; l >= 1; l--) {
            undo(l);
            StateVector psi = stages[l];
            for (int w = 0; w < qubits; w++) {
                int bit = qubits - 1 - w;
                crossSums(psi, lambda, bit);
                rots[l].addGradient(bit, cross[0], cross[1], cross[2], cross[3], gradient, (l * qubits + w) * 3);
            }
            applyLayer(lambda, rots[l].adjoints);
        }
        undo(0);
        first.addGradient(lambda.real(), lambda.imaginary(), gradient);
    }

    private void undo(int l) {
        undoRing[l].gather(lambda.real(), lambda.imaginary(), scratch.real(), scratch.imaginary());
        StateVector swap = lambda;
        lambda = scratch;
        scratch = swap;
    }

    /** ⟨Z_w⟩ = total − 2·(mass on the indices with w's bit set), all w from one read. */
    private void expectations(StateVector state, double[] z) {
        double[] re = state.real();
        double[] im = state.imaginary();
        for (int k = 0; k < re.length; k++) {
            indexTable[k] = re[k] * re[k] + im[k] * im[k];
        }
        double total = SetSums.fold(indexTable, qubits, bitSums, 0);
        for (int w = 0; w < qubits; w++) {
            z[w] = total - 2 * bitSums[qubits - 1 - w];
        }
    }

    /** λ = Σ_w g_w Z_w ψ from a table of the diagonal's values. */
    private void applyObservable(double[] g, StateVector psi, StateVector out) {
        for (int w = 0; w < qubits; w++) {
            bitSums[qubits - 1 - w] = g[w];
        }
        SetSums.fillZEigenvalues(indexTable, bitSums, 0, qubits);
        double[] re = psi.real();
        double[] im = psi.imaginary();
        double[] outRe = out.real();
        double[] outIm = out.imaginary();
        for (int k = 0; k < re.length; k++) {
            outRe[k] = indexTable[k] * re[k];
            outIm[k] = indexTable[k] * im[k];
        }
    }

    /** The layer's Rots bit by bit, one loop over the pairs of each bit (k with the bit clear, k | 2^bit). */
    private void applyLayer(StateVector state, double[] m) {
        double[] re = state.real();
        double[] im = state.imaginary();
        if (qubits == 2) {
            // Four amplitudes: straight-line code, no loop set-up to pay for two pairs per gate.
            applyToPair(re, im, 0, 1, m, 0);
            applyToPair(re, im, 2, 3, m, 0);
            applyToPair(re, im, 0, 2, m, 8);
            applyToPair(re, im, 1, 3, m, 8);
            return;
        }
        int half = re.length >> 1;
        for (int bit = 0; bit < qubits; bit++) {
            int below = (1 << bit) - 1;
            for (int p = 0; p < half; p++) {
                int k = ((p & ~below) << 1) | (p & below);
                applyToPair(re, im, k, k | (below + 1), m, 8 * bit);
            }
        }
    }

    /** [x_k; x_j] ← M·[x_k; x_j] for the matrix at m[o ..] in Matrix2 layout. */
    private static void applyToPair(double[] re, double[] im, int k, int j, double[] m, int o) {
        double r0 = re[k];
        double i0 = im[k];
        double r1 = re[j];
        double i1 = im[j];
        re[k] = m[o] * r0 - m[o + 1] * i0 + m[o + 2] * r1 - m[o + 3] * i1;
        im[k] = m[o] * i0 + m[o + 1] * r0 + m[o + 2] * i1 + m[o + 3] * r1;
        re[j] = m[o + 4] * r0 - m[o + 5] * i0 + m[o + 6] * r1 - m[o + 7] * i1;
        im[j] = m[o + 4] * i0 + m[o + 5] * r0 + m[o + 6] * i1 + m[o + 7] * r1;
    }

    /**
     * Of R[s][t] = Σ conj(λ_s)·ψ_t over the pairs of {@code bit}, what the gradients need, into {@link #cross}:
     * Im R00, Im R11, A = Im(R01 + R10), B = Re(R10 − R01).
     */
    private void crossSums(StateVector psi, StateVector lam, int bit) {
        double[] pr = psi.real();
        double[] pi = psi.imaginary();
        double[] lr = lam.real();
        double[] li = lam.imaginary();
        double imR00 = 0;
        double imR11 = 0;
        double a = 0;
        double b = 0;
        int below = (1 << bit) - 1;
        int half = pr.length >> 1;
        for (int p = 0; p < half; p++) {
            int k = ((p & ~below) << 1) | (p & below);
            int j = k | (below + 1);
            imR00 += lr[k] * pi[k] - li[k] * pr[k];
            imR11 += lr[j] * pi[j] - li[j] * pr[j];
            a += PairKernels.crossA(pr[k], pi[k], pr[j], pi[j], lr[k], li[k], lr[j], li[j]);
            b += PairKernels.crossB(pr[k], pi[k], pr[j], pi[j], lr[k], li[k], lr[j], li[j]);
        }
        cross[0] = imR00;
        cross[1] = imR11;
        cross[2] = a;
        cross[3] = b;
    }

    private void prepareGates(double[] values) {
        int count = preparedValues.length;
        if (gatesReady && java.util.Arrays.equals(values, 0, count, preparedValues, 0, count)) {
            return;
        }
        System.arraycopy(values, 0, preparedValues, 0, count);
        for (int l = 0; l < layers; l++) {
            rots[l].set(values, l);
        }
        gatesReady = true;
    }
}
