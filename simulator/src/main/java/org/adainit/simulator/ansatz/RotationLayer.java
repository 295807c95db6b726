package org.adainit.simulator.ansatz;

import org.adainit.simulator.circuit.Circuit;
import org.adainit.simulator.circuit.Gate;
import org.adainit.simulator.circuit.Operation;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Zhang et al. 2024's 1-design circuit: one layer of Rz(α)·Ry(θ)·Rz(φ) on every qubit, all angles ~ U[0, 2π).
 * Uniform θ is a 1-design but not Haar, which changes the spread (not the mean) of their Fig. 5(c).
 */
public final class RotationLayer {

    private RotationLayer() {}

    public static CircuitInstance sample(int qubits, RandomGenerator random) {
        Circuit.Builder builder = Circuit.builder(qubits);
        int first = builder.reserveParameters(3 * qubits);
        double[] angles = new double[3 * qubits];
        for (int i = 0; i < qubits; i++) {
            int slot = first + 3 * i;
            builder.add(Operation.rotation(Gate.RZ, i, slot));
            builder.add(Operation.rotation(Gate.RY, i, slot + 1));
            builder.add(Operation.rotation(Gate.RZ, i, slot + 2));
            for (int r = 0; r < 3; r++) {
                angles[slot + r] = 2 * Math.PI * random.nextDouble();
            }
        }
        return new CircuitInstance(builder.build(), angles);
    }
}
