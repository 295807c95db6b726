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
                double plus = shiftedExpectation(circuit, parameters, observable, k, Math.PI / 2);
                double minus = shiftedExpectation(circuit, parameters, observable, k, -Math.PI / 2);
                gradient[circuit.operation(k).parameterIndex()] += (plus - minus) / 2;
            }
        }
        return shiftedExpectation(circuit, parameters, observable, -1, 0.0);
    }

    private double shiftedExpectation(
            Circuit circuit, double[] parameters, DiagonalObservable observable, int operation, double shift) {
        CircuitSimulator.runShifted(circuit, parameters, state, operation, shift);
        return observable.apply(state, scratch);
    }
}
