package org.adainit.simulator.circuit;

import org.adainit.simulator.state.GateKernels;
import org.adainit.simulator.state.StateVector;

/**
 * The reference simulator: applies a circuit gate by gate with the {@link GateKernels}. Simple on purpose; faster
 * paths are tested against it.
 */
public final class CircuitSimulator {

    private CircuitSimulator() {}

    /** Prepares |0…0⟩ in {@code state} and applies the whole circuit. */
    public static void run(Circuit circuit, double[] parameters, StateVector state) {
        runShifted(circuit, parameters, state, -1, 0.0);
    }

    /** Like {@link #run} with {@code shift} added to the angle of operation {@code shiftedOperation} only. */
    public static void runShifted(
            Circuit circuit, double[] parameters, StateVector state, int shiftedOperation, double shift) {
        requireShape(circuit, parameters, state);
        state.resetToZeroState();
        applyAll(circuit, parameters, state, shiftedOperation, shift);
    }

    /** Applies the whole circuit to whatever {@code state} holds (no reset): U|ψ⟩ for an arbitrary input |ψ⟩. */
    public static void evolve(Circuit circuit, double[] parameters, StateVector state) {
        requireShape(circuit, parameters, state);
        applyAll(circuit, parameters, state, -1, 0.0);
    }

    private static void applyAll(
            Circuit circuit, double[] parameters, StateVector state, int shiftedOperation, double shift) {
        for (int k = 0; k < circuit.size(); k++) {
            Operation op = circuit.operation(k);
            double angle = op.gate().isRotation() ? op.angle(parameters) : 0.0;
            apply(op, k == shiftedOperation ? angle + shift : angle, state);
        }
    }

    /** Prepares |0…0⟩ and applies the circuit's inverse U†: every gate inverted, in reverse order. */
    public static void runInverse(Circuit circuit, double[] parameters, StateVector state) {
        requireShape(circuit, parameters, state);
        state.resetToZeroState();
        for (int k = circuit.size() - 1; k >= 0; k--) {
            Operation op = circuit.operation(k);
            applyInverse(op, op.gate().isRotation() ? op.angle(parameters) : 0.0, state);
        }
    }

    /** Applies one operation with the given angle (ignored by fixed gates). */
    public static void apply(Operation op, double angle, StateVector state) {
        switch (op.gate()) {
            case RX -> GateKernels.rx(state, op.wire(), angle);
            case RY -> GateKernels.ry(state, op.wire(), angle);
            case RZ -> GateKernels.rz(state, op.wire(), angle);
            case X -> GateKernels.pauliX(state, op.wire());
            case Y -> GateKernels.pauliY(state, op.wire());
            case Z -> GateKernels.pauliZ(state, op.wire());
            case H -> GateKernels.hadamard(state, op.wire());
            case CNOT -> GateKernels.cnot(state, op.wire(), op.secondWire());
            case CZ -> GateKernels.cz(state, op.wire(), op.secondWire());
        }
    }

    /** Applies the inverse of one operation: every gate here is self-inverse or a rotation, undone by −angle. */
    public static void applyInverse(Operation op, double angle, StateVector state) {
        apply(op, -angle, state);
    }

    private static void requireShape(Circuit circuit, double[] parameters, StateVector state) {
        if (state.qubits() != circuit.qubits()) {
            throw new IllegalArgumentException(
                    "circuit on " + circuit.qubits() + " qubits, state on " + state.qubits());
        }
        if (parameters.length < circuit.parameterCount()) {
            throw new IllegalArgumentException(
                    "circuit needs " + circuit.parameterCount() + " parameters, got " + parameters.length);
        }
    }
}
