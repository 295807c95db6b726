package org.adainit.simulator.observable;

import org.adainit.simulator.state.StateVector;

/** An observable diagonal in the computational basis: sums and products of Z. */
public interface DiagonalObservable extends Observable {

    /** The eigenvalue on basis state {@code index} (PennyLane bit order, see {@link StateVector}). */
    double eigenvalue(int index, int qubits);

    @Override
    default double apply(StateVector psi, StateVector target) {
        double[] pr = psi.real();
        double[] pi = psi.imaginary();
        double[] tr = target.real();
        double[] ti = target.imaginary();
        int qubits = psi.qubits();
        double expectation = 0;
        for (int k = 0; k < pr.length; k++) {
            double e = eigenvalue(k, qubits);
            tr[k] = e * pr[k];
            ti[k] = e * pi[k];
            expectation += e * (pr[k] * pr[k] + pi[k] * pi[k]);
        }
        return expectation;
    }
}
