package org.adainit.simulator.observable;

import org.adainit.simulator.state.StateVector;

/** ⟨Z_w⟩ for every wire, one read of the state per wire (the fast path folds them into one pass). */
public final class ZExpectations {

    private ZExpectations() {}

    /** Writes ⟨Z_w⟩ into {@code out[w]} for w = 0..n−1. */
    public static void compute(StateVector state, double[] out) {
        int qubits = state.qubits();
        double[] re = state.real();
        double[] im = state.imaginary();
        for (int w = 0; w < qubits; w++) {
            int mask = StateVector.wireMask(w, qubits);
            double sum = 0;
            for (int k = 0; k < re.length; k++) {
                double p = re[k] * re[k] + im[k] * im[k];
                sum += (k & mask) == 0 ? p : -p;
            }
            out[w] = sum;
        }
    }

    public static double[] compute(StateVector state) {
        double[] out = new double[state.qubits()];
        compute(state, out);
        return out;
    }
}
