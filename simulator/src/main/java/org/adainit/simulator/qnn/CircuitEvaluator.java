package org.adainit.simulator.qnn;

/**
 * Runs the QNN's circuit (AngleEmbedding + StronglyEntanglingLayers, ⟨Z_w⟩ on every wire) for one sample and
 * back-propagates through it. Implementations hold per-sample state between the two calls: one instance per thread.
 */
public interface CircuitEvaluator {

    /** Runs the circuit on features {@code x} with weights {@code values[0 .. 3Ln)} and writes ⟨Z_w⟩ into {@code z}. */
    void forward(double[] values, double[] x, double[] z);

    /**
     * Given g_w = ∂L/∂⟨Z_w⟩ for the sample of the last {@link #forward}, adds ∂L/∂l0 into {@code gradient[0 .. 3Ln)}.
     * Consumes the forward state.
     */
    void backward(double[] values, double[] g, double[] gradient);
}
