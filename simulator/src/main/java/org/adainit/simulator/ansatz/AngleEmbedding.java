package org.adainit.simulator.ansatz;

import org.adainit.simulator.circuit.Circuit;
import org.adainit.simulator.circuit.Gate;
import org.adainit.simulator.circuit.Operation;

/**
 * PennyLane 0.31.1 {@code AngleEmbedding} with its default {@code rotation="X"}: RX(x_i) on wire i for i < d. Wires
 * d..n−1 get no gate; d > n is an error, as in PennyLane (hence the feature reduction to at most n).
 */
public final class AngleEmbedding {

    private AngleEmbedding() {}

    /** Appends the embedding, reading x_i from parameter slot {@code firstParameter + i}. */
    public static void append(Circuit.Builder builder, int features, int firstParameter) {
        if (features > builder.qubits()) {
            throw new IllegalArgumentException("AngleEmbedding: " + features + " features do not fit on "
                    + builder.qubits() + " qubits (reduce the features to at most the qubit count)");
        }
        for (int i = 0; i < features; i++) {
            builder.add(Operation.rotation(Gate.RX, i, firstParameter + i));
        }
    }
}
