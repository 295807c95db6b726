package org.adainit.jobs.grid;

import java.io.Serializable;
import org.adainit.simulator.qnn.QnnShape;

/** A QNN structure of the grid: N qubits, L StronglyEntanglingLayers. */
public record Structure(int qubits, int layers) implements Serializable {

    /** Every task is binary (spec §1): a Linear(N, 2) head. */
    public static final int CLASSES = 2;

    public Structure {
        if (qubits < 1 || layers < 1) {
            throw new IllegalArgumentException("qubits and layers must be >= 1, got " + qubits + ", " + layers);
        }
    }

    public QnnShape shape() {
        return new QnnShape(qubits, layers, CLASSES);
    }
}
