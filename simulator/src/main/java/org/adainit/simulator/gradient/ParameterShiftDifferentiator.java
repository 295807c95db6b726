package org.adainit.simulator.gradient;

import org.adainit.simulator.circuit.Circuit;
import org.adainit.simulator.circuit.CircuitSimulator;
import org.adainit.simulator.observable.DiagonalObservable;
import org.adainit.simulator.state.StateVector;

/**
 * The parameter-shift rule, an independent gradient path: for exp(−iaP/2),
 * ∂⟨O⟩/∂a = (⟨O⟩(a + π/2) − ⟨O⟩(a − π/2)) / 2, two full circuit runs per rotation.
 */
public final class ParameterShiftDifferentiator {

    private final StateVector state;
    private final StateVector scratch;

    public ParameterShiftDifferentiator(int qubits) {
        this.state = new StateVector(qubits);
        this.scratch = new StateVector(qubits);
    }

    /** Adds ∂⟨O⟩/∂parameters[i] into {@code gradient[i]}; returns the unshifted ⟨O⟩. */
    public double expectationAndGradient(
            Circuit circuit, double[] parameters, DiagonalObservable observable, double[] gradient) {
        for (int k = 0; k < circuit.size(); k++) {
            if (circuit.operation(k).isParameterised()) {
                gradient[circuit.operation(k).parameterIndex()] += derivative(circuit, parameters, observable, k);
            }
        }
        return shiftedExpectation(circuit, parameters, observable, -1, 0.0);
    }

    /**
     * ∂⟨O⟩/∂a of the single rotation at {@code operation} (an index into the circuit): two circuit runs, against
     * roughly four for a full adjoint sweep, when only one derivative is wanted (McClean's θ_{1,1}).
     */
    public double derivative(Circuit circuit, double[] parameters, DiagonalObservable observable, int operation) {
        if (!circuit.operation(operation).isParameterised()) {
            throw new IllegalArgumentException("operation " + operation + " (" + circuit.operation(operation).gate()
                    + ") has no parameter");
        }
        return (shiftedExpectation(circuit, parameters, observable, operation, Math.PI / 2)
                - shiftedExpectation(circuit, parameters, observable, operation, -Math.PI / 2)) / 2;
    }

    private double shiftedExpectation(
            Circuit circuit, double[] parameters, DiagonalObservable observable, int operation, double shift) {
        CircuitSimulator.runShifted(circuit, parameters, state, operation, shift);
        return observable.apply(state, scratch);
    }
}
