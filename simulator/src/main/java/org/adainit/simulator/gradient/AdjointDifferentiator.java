package org.adainit.simulator.gradient;

import org.adainit.simulator.circuit.Circuit;
import org.adainit.simulator.circuit.CircuitSimulator;
import org.adainit.simulator.circuit.Operation;
import org.adainit.simulator.observable.DiagonalObservable;
import org.adainit.simulator.state.PauliInnerProducts;
import org.adainit.simulator.state.StateVector;

/**
 * Adjoint differentiation (Jones &amp; Gacon 2020): one backward sweep gives ∂⟨ψ|O|ψ⟩/∂a for every rotation. With
 * ψ the state after gate k and λ = U_{k+1}†…U_N† O ψ_N, a gate exp(−iaP/2) contributes Im⟨λ|P|ψ⟩; then both states
 * are un-rotated by gate k. Holds two reusable state buffers for circuits of one width.
 */
public final class AdjointDifferentiator {

    private final StateVector psi;
    private final StateVector lambda;

    public AdjointDifferentiator(int qubits) {
        this.psi = new StateVector(qubits);
        this.lambda = new StateVector(qubits);
    }

    /** The buffer the forward pass writes into; callers may read it after {@link #forward}. */
    public StateVector state() {
        return psi;
    }

    /** Runs the circuit from |0…0⟩ into {@link #state()}. */
    public void forward(Circuit circuit, double[] parameters) {
        CircuitSimulator.run(circuit, parameters, psi);
    }

    /**
     * Back-propagates from the final state left by {@link #forward} (which it consumes), adding ∂⟨O⟩/∂parameters[i]
     * into {@code gradient[i]} for every parameterised rotation. Returns ⟨O⟩.
     */
    public double backward(Circuit circuit, double[] parameters, DiagonalObservable observable, double[] gradient) {
        double expectation = observable.apply(psi, lambda);
        for (int k = circuit.size() - 1; k >= 0; k--) {
            Operation op = circuit.operation(k);
            double angle = op.gate().isRotation() ? op.angle(parameters) : 0.0;
            if (op.isParameterised()) {
                gradient[op.parameterIndex()] += switch (op.gate()) {
                    case RX -> PauliInnerProducts.imagX(lambda, psi, op.wire());
                    case RY -> PauliInnerProducts.imagY(lambda, psi, op.wire());
                    case RZ -> PauliInnerProducts.imagZ(lambda, psi, op.wire());
                    default -> throw new IllegalStateException(op.gate() + " has no parameter");
                };
            }
            if (k > 0) {
                CircuitSimulator.applyInverse(op, angle, psi);
                CircuitSimulator.applyInverse(op, angle, lambda);
            }
        }
        return expectation;
    }

    /** Forward and backward in one call; returns ⟨O⟩ and adds the gradient into {@code gradient}. */
    public double expectationAndGradient(
            Circuit circuit, double[] parameters, DiagonalObservable observable, double[] gradient) {
        forward(circuit, parameters);
        return backward(circuit, parameters, observable, gradient);
    }
}
