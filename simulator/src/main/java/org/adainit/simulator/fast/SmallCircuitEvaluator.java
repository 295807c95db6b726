package org.adainit.simulator.fast;

import org.adainit.simulator.ansatz.StronglyEntanglingLayers;
import org.adainit.simulator.observable.WeightedZSum;
import org.adainit.simulator.observable.ZExpectations;
import org.adainit.simulator.qnn.CircuitEvaluator;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.state.GateKernels;
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
    private final RotLayer[] rots;
    private final LinearBitMap[] applyRing;
    private final LinearBitMap[] undoRing;
    /** ψ after layer l's Rots, before its ring (l < L), and the final state (l = L). */
    private final StateVector[] stages;
    private StateVector lambda;
    private StateVector scratch;
    private final WeightedZSum observable;
    private final double[] cross = new double[8];
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
        this.rots = new RotLayer[layers];
        rots[0] = first.rots;
        for (int l = 1; l < layers; l++) {
            rots[l] = new RotLayer(qubits);
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
        this.observable = new WeightedZSum(new double[qubits]);
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
        ZExpectations.compute(stages[layers], z);
    }

    @Override
    public void backward(double[] values, double[] g, double[] gradient) {
        System.arraycopy(g, 0, observable.weights(), 0, qubits);
        observable.apply(stages[layers], lambda);
        for (int l = layers - 1; l >= 1; l--) {
            undo(l);
            StateVector psi = stages[l];
            for (int w = 0; w < qubits; w++) {
                int bit = qubits - 1 - w;
                crossMatrix(psi, lambda, 1 << bit);
                rots[l].addGradient(bit, cross, 0, gradient, (l * qubits + w) * 3);
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

    private void applyLayer(StateVector state, double[] m) {
        for (int bit = 0; bit < qubits; bit++) {
            int o = 8 * bit;
            GateKernels.applyMatrix(state, 1 << bit,
                    m[o], m[o + 1], m[o + 2], m[o + 3], m[o + 4], m[o + 5], m[o + 6], m[o + 7]);
        }
    }

    /** R[s][t] = Σ conj(λ_s)·ψ_t over the pairs of {@code mask}, into {@link #cross} (Matrix2 layout). */
    private void crossMatrix(StateVector psi, StateVector lam, int mask) {
        double[] pr = psi.real();
        double[] pi = psi.imaginary();
        double[] lr = lam.real();
        double[] li = lam.imaginary();
        java.util.Arrays.fill(cross, 0.0);
        for (int base = 0; base < pr.length; base += mask << 1) {
            for (int k = base; k < base + mask; k++) {
                int j = k + mask;
                cross[0] += lr[k] * pr[k] + li[k] * pi[k];
                cross[1] += lr[k] * pi[k] - li[k] * pr[k];
                cross[2] += lr[k] * pr[j] + li[k] * pi[j];
                cross[3] += lr[k] * pi[j] - li[k] * pr[j];
                cross[4] += lr[j] * pr[k] + li[j] * pi[k];
                cross[5] += lr[j] * pi[k] - li[j] * pr[k];
                cross[6] += lr[j] * pr[j] + li[j] * pi[j];
                cross[7] += lr[j] * pi[j] - li[j] * pr[j];
            }
        }
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
