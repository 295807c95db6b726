package org.adainit.simulator.observable;

import org.adainit.simulator.state.StateVector;

/** ⟨Z_w⟩ for every wire in one read pass over the state. */
public final class ZExpectations {

    private ZExpectations() {}

    /** Writes ⟨Z_w⟩ into {@code out[w]} for w = 0..n−1. */
    public static void compute(StateVector state, double[] out) {
        int qubits = state.qubits();
        double[] re = state.real();
        double[] im = state.imaginary();
        // Σ_k p_k (1 − 2 b_w(k)) = 1 − 2 P(b_w = 1): accumulate the probability mass with each bit set.
        double[] massWithBitSet = new double[qubits];
        double total = 0;
        for (int k = 0; k < re.length; k++) {
            double p = re[k] * re[k] + im[k] * im[k];
            total += p;
            for (int w = 0; w < qubits; w++) {
                if ((k & StateVector.wireMask(w, qubits)) != 0) {
                    massWithBitSet[w] += p;
                }
            }
        }
        for (int w = 0; w < qubits; w++) {
            out[w] = total - 2 * massWithBitSet[w];
        }
    }

    public static double[] compute(StateVector state) {
        double[] out = new double[state.qubits()];
        compute(state, out);
        return out;
    }
}
