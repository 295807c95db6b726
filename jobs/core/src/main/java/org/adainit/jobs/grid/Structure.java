package org.adainit.jobs.grid;

import java.io.Serializable;

/** A QNN structure of the grid: N qubits, L StronglyEntanglingLayers. */
public record Structure(int qubits, int layers) implements Serializable {

    public Structure {
        if (qubits < 1 || layers < 1) {
            throw new IllegalArgumentException("qubits and layers must be >= 1, got " + qubits + ", " + layers);
        }
    }
}
