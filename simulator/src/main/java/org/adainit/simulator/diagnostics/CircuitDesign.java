package org.adainit.simulator.diagnostics;

import org.adainit.simulator.ansatz.CircuitInstance;
import org.adainit.simulator.ansatz.McCleanCircuit;
import org.adainit.simulator.ansatz.RotationLayer;
import org.apache.commons.math3.random.RandomGenerator;

/** The random-circuit families of Zhang et al.'s Fig. 5. */
public enum CircuitDesign {
    /** McClean's circuit (RY(π/4) layer, then layers of random Pauli rotations and a CZ chain); 10n layers in Fig. 5. */
    TWO_DESIGN,
    /** One layer of Rz·Ry·Rz with uniform angles on every qubit. */
    ONE_DESIGN;

    /** The paper's depth: 10n layers for the 2-design, the single layer for the 1-design. */
    public int paperLayers(int qubits) {
        return this == TWO_DESIGN ? 10 * qubits : 1;
    }

    CircuitInstance sample(int qubits, int layers, RandomGenerator random) {
        return this == TWO_DESIGN ? McCleanCircuit.sample(qubits, layers, random) : RotationLayer.sample(qubits, random);
    }
}
