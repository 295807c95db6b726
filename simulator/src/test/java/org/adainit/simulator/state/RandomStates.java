package org.adainit.simulator.state;

import org.apache.commons.math3.random.RandomGenerator;

/** Test states: normalised complex Gaussian vectors, which are Haar-random pure states. */
public final class RandomStates {

    private RandomStates() {}

    public static StateVector haar(int qubits, RandomGenerator random) {
        StateVector state = new StateVector(qubits);
        double norm = 0;
        for (int k = 0; k < state.dimension(); k++) {
            state.real()[k] = random.nextGaussian();
            state.imaginary()[k] = random.nextGaussian();
            norm += state.probability(k);
        }
        double scale = 1 / Math.sqrt(norm);
        for (int k = 0; k < state.dimension(); k++) {
            state.real()[k] *= scale;
            state.imaginary()[k] *= scale;
        }
        return state;
    }

    /** ⟨a|b⟩ as {re, im}. */
    public static double[] inner(StateVector a, StateVector b) {
        double re = 0;
        double im = 0;
        for (int k = 0; k < a.dimension(); k++) {
            re += a.real()[k] * b.real()[k] + a.imaginary()[k] * b.imaginary()[k];
            im += a.real()[k] * b.imaginary()[k] - a.imaginary()[k] * b.real()[k];
        }
        return new double[] {re, im};
    }
}
