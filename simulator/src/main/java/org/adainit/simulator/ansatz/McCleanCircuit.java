package org.adainit.simulator.ansatz;

import org.adainit.simulator.circuit.Circuit;
import org.adainit.simulator.circuit.Gate;
import org.adainit.simulator.circuit.Operation;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * McClean et al. 2018's random circuit on a 1D chain: RY(π/4) on every qubit once, then L layers, each a rotation
 * R_P(θ) on every qubit with P uniform in {X, Y, Z} and θ ~ U[0, 2π), followed by CZ on (0,1), (1,2), …, (n−2,n−1).
 * Parameter slot l·n + i holds θ of layer l, qubit i; slot 0 is θ_{1,1}, the derivative McClean studies.
 */
public final class McCleanCircuit {

    private static final Gate[] PAULI_ROTATIONS = {Gate.RX, Gate.RY, Gate.RZ};

    private McCleanCircuit() {}

    public static CircuitInstance sample(int qubits, int layers, RandomGenerator random) {
        Circuit.Builder builder = Circuit.builder(qubits);
        int first = builder.reserveParameters(layers * qubits);
        for (int i = 0; i < qubits; i++) {
            builder.add(Operation.fixedRotation(Gate.RY, i, Math.PI / 4));
        }
        double[] angles = new double[layers * qubits];
        for (int l = 0; l < layers; l++) {
            for (int i = 0; i < qubits; i++) {
                int slot = first + l * qubits + i;
                builder.add(Operation.rotation(PAULI_ROTATIONS[random.nextInt(3)], i, slot));
                angles[slot] = 2 * Math.PI * random.nextDouble();
            }
            for (int i = 0; i + 1 < qubits; i++) {
                builder.add(Operation.cz(i, i + 1));
            }
        }
        return new CircuitInstance(builder.build(), angles);
    }
}
