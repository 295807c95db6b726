package org.adainit.simulator.qnn;

/**
 * Tensor shapes of the paper's QNN: {@code l0} (layers, qubits, 3) Rot angles, {@code l1} (classes, qubits) head
 * weights, {@code l2} (classes) head bias. Parameters are stored flat in this order, row-major, which is also
 * PyTorch's {@code parameters()} order.
 */
public record QnnShape(int qubits, int layers, int classes) {

    public static final int ROTATIONS_PER_WIRE = 3;

    public QnnShape {
        if (qubits < 1) {
            throw new IllegalArgumentException("qubits must be >= 1, got " + qubits);
        }
        if (layers < 1) {
            throw new IllegalArgumentException("layers must be >= 1, got " + layers);
        }
        if (classes < 2) {
            throw new IllegalArgumentException("classes must be >= 2, got " + classes);
        }
    }

    public int circuitParameterCount() {
        return layers * qubits * ROTATIONS_PER_WIRE;
    }

    public int headWeightCount() {
        return classes * qubits;
    }

    public int parameterCount() {
        return circuitParameterCount() + headWeightCount() + classes;
    }

    /** Flat offset of {@code l0[layer][wire][rotation]}. */
    public int l0Index(int layer, int wire, int rotation) {
        return (layer * qubits + wire) * ROTATIONS_PER_WIRE + rotation;
    }

    /** Flat offset of {@code l1[cls][wire]}. */
    public int l1Index(int cls, int wire) {
        return circuitParameterCount() + cls * qubits + wire;
    }

    /** Flat offset of {@code l2[cls]}. */
    public int l2Index(int cls) {
        return circuitParameterCount() + headWeightCount() + cls;
    }
}
