package org.adainit.simulator.observable;

import org.adainit.simulator.state.StateVector;

/** A Hermitian operator that can act on a state: diagonal ones (Z products) and general Pauli sums. */
public interface Observable {

    /** Writes O|ψ⟩ into {@code target} (a different buffer of the same width) and returns ⟨ψ|O|ψ⟩. */
    double apply(StateVector psi, StateVector target);
}
