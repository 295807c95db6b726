package org.adainit.simulator.observable;

import java.util.Arrays;
import java.util.List;
import org.adainit.simulator.state.StateVector;

/** Σ_k c_k P_k over Pauli strings of one width: the general (non-diagonal) observable, e.g. a spin Hamiltonian. */
public final class PauliSum implements Observable {

    private final int qubits;
    private final List<PauliString> terms;

    public PauliSum(List<PauliString> terms) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a Pauli sum needs at least one term");
        }
        this.qubits = terms.get(0).qubits();
        for (PauliString term : terms) {
            if (term.qubits() != qubits) {
                throw new IllegalArgumentException("terms act on " + qubits + " and " + term.qubits() + " qubits");
            }
        }
        this.terms = List.copyOf(terms);
    }

    public int qubits() {
        return qubits;
    }

    public List<PauliString> terms() {
        return terms;
    }

    @Override
    public double apply(StateVector psi, StateVector target) {
        Arrays.fill(target.real(), 0.0);
        Arrays.fill(target.imaginary(), 0.0);
        for (PauliString term : terms) {
            term.addTo(psi, target);
        }
        double[] pr = psi.real();
        double[] pi = psi.imaginary();
        double[] tr = target.real();
        double[] ti = target.imaginary();
        double expectation = 0;
        for (int k = 0; k < pr.length; k++) {
            expectation += pr[k] * tr[k] + pi[k] * ti[k];
        }
        return expectation;
    }

    @Override
    public String toString() {
        return terms.toString();
    }
}
