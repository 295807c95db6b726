package org.adainit.simulator.ansatz;

import org.adainit.simulator.circuit.Circuit;
import org.adainit.simulator.circuit.Gate;
import org.adainit.simulator.circuit.Operation;

/**
 * PennyLane 0.31.1 {@code StronglyEntanglingLayers}: per layer l, Rot(w[l,i,0], w[l,i,1], w[l,i,2]) on every wire i
 * (decomposed as RZ(φ), RY(θ), RZ(ω), RZ(φ) first), then CNOT(i, (i + r_l) mod n) for i = 0..n−1 with the default
 * range r_l = (l mod (n−1)) + 1; no entangler when n = 1.
 */
public final class StronglyEntanglingLayers {

    private StronglyEntanglingLayers() {}

    /** The CNOT range of layer {@code layer} on {@code qubits} wires, or 0 when there is no entangler. */
    public static int range(int layer, int qubits) {
        return qubits == 1 ? 0 : (layer % (qubits - 1)) + 1;
    }

    /** Appends the layers, reading w[l,i,r] from slot {@code firstParameter + (l·n + i)·3 + r}. */
    public static void append(Circuit.Builder builder, int layers, int firstParameter) {
        int n = builder.qubits();
        for (int l = 0; l < layers; l++) {
            for (int i = 0; i < n; i++) {
                int slot = firstParameter + (l * n + i) * 3;
                builder.add(Operation.rotation(Gate.RZ, i, slot));
                builder.add(Operation.rotation(Gate.RY, i, slot + 1));
                builder.add(Operation.rotation(Gate.RZ, i, slot + 2));
            }
            int r = range(l, n);
            if (r > 0) {
                for (int i = 0; i < n; i++) {
                    builder.add(Operation.cnot(i, (i + r) % n));
                }
            }
        }
    }
}
