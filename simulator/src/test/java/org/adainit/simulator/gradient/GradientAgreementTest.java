package org.adainit.simulator.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.adainit.simulator.circuit.Circuit;
import org.adainit.simulator.circuit.CircuitSimulator;
import org.adainit.simulator.circuit.Gate;
import org.adainit.simulator.circuit.Operation;
import org.adainit.simulator.observable.WeightedZSum;
import org.adainit.simulator.observable.ZProduct;
import org.adainit.simulator.state.StateVector;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Adjoint, parameter-shift and central finite differences on seeded random circuits of every gate kind. */
class GradientAgreementTest {

    private static final Gate[] GATES = Gate.values();

    @Test
    void adjointParameterShiftAndFiniteDifferencesAgree() {
        for (int qubits = 1; qubits <= 8; qubits++) {
            for (int depth = 1; depth <= 5; depth++) {
                RandomGenerator random = new Well19937c(1000L * qubits + depth);
                Circuit circuit = randomCircuit(qubits, depth, random);
                double[] angles = new double[circuit.parameterCount()];
                for (int i = 0; i < angles.length; i++) {
                    angles[i] = 2 * Math.PI * random.nextDouble() - Math.PI;
                }
                double[] weights = new double[qubits];
                for (int w = 0; w < qubits; w++) {
                    weights[w] = random.nextGaussian();
                }
                WeightedZSum observable = new WeightedZSum(weights);

                double[] adjoint = new double[angles.length];
                double value = new AdjointDifferentiator(qubits)
                        .expectationAndGradient(circuit, angles, observable, adjoint);
                double[] shift = new double[angles.length];
                double shiftValue = new ParameterShiftDifferentiator(qubits)
                        .expectationAndGradient(circuit, angles, observable, shift);
                assertEquals(shiftValue, value, 1e-12, "expectation n=" + qubits + " depth=" + depth);
                for (int i = 0; i < angles.length; i++) {
                    double fd = finiteDifference(circuit, angles, observable, i);
                    String where = "n=" + qubits + " depth=" + depth + " parameter " + i;
                    assertEquals(shift[i], adjoint[i], 1e-10, "adjoint vs shift, " + where);
                    assertEquals(fd, adjoint[i], 1e-8, "adjoint vs finite differences, " + where);
                }
            }
        }
    }

    @Test
    void zProductGradientMatchesFiniteDifferences() {
        RandomGenerator random = new Well19937c(3);
        Circuit circuit = randomCircuit(4, 4, random);
        double[] angles = new double[circuit.parameterCount()];
        for (int i = 0; i < angles.length; i++) {
            angles[i] = random.nextDouble() * 6;
        }
        ZProduct observable = new ZProduct(0, 1);
        double[] adjoint = new double[angles.length];
        new AdjointDifferentiator(4).expectationAndGradient(circuit, angles, observable, adjoint);
        for (int i = 0; i < angles.length; i++) {
            assertEquals(finiteDifference(circuit, angles, observable, i), adjoint[i], 1e-8);
        }
    }

    private static double finiteDifference(
            Circuit circuit, double[] angles, org.adainit.simulator.observable.DiagonalObservable observable, int i) {
        double h = 1e-5;
        double[] shifted = angles.clone();
        shifted[i] = angles[i] + h;
        double plus = expectation(circuit, shifted, observable);
        shifted[i] = angles[i] - h;
        double minus = expectation(circuit, shifted, observable);
        return (plus - minus) / (2 * h);
    }

    private static double expectation(
            Circuit circuit, double[] angles, org.adainit.simulator.observable.DiagonalObservable observable) {
        StateVector state = new StateVector(circuit.qubits());
        CircuitSimulator.run(circuit, angles, state);
        return observable.apply(state, new StateVector(circuit.qubits()));
    }

    /** depth layers, each a random gate per wire plus a random two-qubit gate when n > 1. */
    static Circuit randomCircuit(int qubits, int depth, RandomGenerator random) {
        Circuit.Builder builder = Circuit.builder(qubits);
        for (int layer = 0; layer < depth; layer++) {
            for (int wire = 0; wire < qubits; wire++) {
                Gate gate = GATES[random.nextInt(7)];
                builder.add(gate.isRotation()
                        ? Operation.rotation(gate, wire, builder.reserveParameters(1))
                        : Operation.single(gate, wire));
                builder.add(Operation.rotation(Gate.values()[random.nextInt(3)], wire, builder.reserveParameters(1)));
            }
            if (qubits > 1) {
                int a = random.nextInt(qubits);
                int b = (a + 1 + random.nextInt(qubits - 1)) % qubits;
                builder.add(random.nextBoolean() ? Operation.cnot(a, b) : Operation.cz(a, b));
            }
        }
        return builder.build();
    }
}
