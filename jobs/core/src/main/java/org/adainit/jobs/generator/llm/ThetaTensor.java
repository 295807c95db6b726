package org.adainit.jobs.generator.llm;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.adainit.simulator.qnn.QnnShape;

/** The three tensors of θ0 as the prompt names them, in storage order. */
public enum ThetaTensor {
    /** Rot angles, (nlayers, nqubits, nrot). */
    L0("l0"),
    /** Head weights, (out_dim, nqubits). */
    L1("l1"),
    /** Head bias, (out_dim). */
    L2("l2");

    private final String key;

    ThetaTensor(String key) {
        this.key = key;
    }

    /** The dictionary key, e.g. {@code l0}. */
    public String key() {
        return key;
    }

    public int[] dims(QnnShape shape) {
        return switch (this) {
            case L0 -> new int[] {shape.layers(), shape.qubits(), QnnShape.ROTATIONS_PER_WIRE};
            case L1 -> new int[] {shape.classes(), shape.qubits()};
            case L2 -> new int[] {shape.classes()};
        };
    }

    /** Python-style shape text, e.g. {@code (2, 4, 3)} or {@code (2)}. */
    public String shapeText(QnnShape shape) {
        return Arrays.stream(dims(shape)).mapToObj(Integer::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
