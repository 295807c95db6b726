package org.adainit.jobs.diagnosis;

import org.adainit.jobs.input.QubitLimit;
import org.adainit.simulator.diagnostics.McCleanExperiment;

/**
 * McClean et al. 2018: Var[∂⟨Z1Z2⟩/∂θ_{1,1}] over random circuits of {@code qubits} qubits and {@code depth} layers.
 */
public record McCleanPoint(DepthRule depth, int qubits, int samples) implements DiagnosticPoint {

    public static final int MAX_QUBITS = QubitLimit.MAX;

    public McCleanPoint {
        if (qubits < 2 || qubits > MAX_QUBITS) {
            throw new IllegalArgumentException("McClean's Z1Z2 needs 2.." + MAX_QUBITS + " qubits, got " + qubits);
        }
        if (samples < 2) {
            throw new IllegalArgumentException("a variance needs at least 2 samples, got " + samples);
        }
    }

    public int layers() {
        return depth.layers(qubits);
    }

    /** The 2-design value the variance plateaus at, 2^n/(3(4^n − 1)). */
    public double prediction() {
        return McCleanExperiment.predictedVariance(qubits);
    }

    @Override
    public String id() {
        return "mcclean." + depth.label() + ".n" + qubits + ".l" + layers();
    }

    @Override
    public DiagnosticValues compute(long seed, int from, int to) {
        return new DiagnosticValues(McCleanExperiment.derivatives(qubits, layers(), seed, from, to), null, null);
    }

    /** Two circuit runs (parameter shift) of about 2n gates per layer over 2^n amplitudes. */
    @Override
    public double sampleSeconds() {
        return 2.0 * 2 * qubits * layers() * Math.pow(2, qubits) * SECONDS_PER_AMPLITUDE_GATE;
    }
}
