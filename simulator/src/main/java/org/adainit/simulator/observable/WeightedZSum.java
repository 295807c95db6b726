package org.adainit.simulator.observable;

import org.adainit.simulator.state.StateVector;

/**
 * Σ_w g_w Z_w. The QNN's loss reaches the circuit only through its linear head, so per sample the loss gradient is
 * the gradient of this observable with g = l1ᵀ(softmax − onehot)/B.
 */
public final class WeightedZSum implements DiagonalObservable {

    private final double[] weights;

    /** Wraps {@code weights} (one per wire) without copying, so one instance can be refilled per sample. */
    public WeightedZSum(double[] weights) {
        this.weights = weights;
    }

    public double[] weights() {
        return weights;
    }

    @Override
    public double eigenvalue(int index, int qubits) {
        double e = 0;
        for (int w = 0; w < weights.length; w++) {
            e += (index & StateVector.wireMask(w, qubits)) == 0 ? weights[w] : -weights[w];
        }
        return e;
    }
}
