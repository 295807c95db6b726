package org.adainit.simulator.fast;

import org.adainit.simulator.state.GateKernels;

/**
 * One layer of Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ) gates as fused 2×2 matrices by bit, with what their angle
 * gradients need: after the gate, ∂/∂a = Im Σ A_a[s][t]·R[s][t] for the cross matrix R = Σ conj(λ_s)ψ_t, with
 * A_ω = Z, A_θ = RZ(ω)·Y·RZ(ω)† and A_φ = Rot·Z·Rot†, all Hermitian.
 */
final class RotGateMatrices {

    private static final double[] PAULI_Y = {0, 0, 0, -1, 0, 1, 0, 0};
    private static final double[] PAULI_Z = {1, 0, 0, 0, 0, 0, -1, 0};

    private final int qubits;
    /** Matrix2 layout, 8 doubles per bit. */
    final double[] matrices;
    final double[] adjoints;
    private final double[] thetaGenerators;
    private final double[] phiGenerators;
    private final double[] rz = new double[8];
    private final double[] scratch = new double[8];

    RotGateMatrices(int qubits) {
        this.qubits = qubits;
        this.matrices = new double[8 * qubits];
        this.adjoints = new double[8 * qubits];
        this.thetaGenerators = new double[8 * qubits];
        this.phiGenerators = new double[8 * qubits];
    }

    /** Loads the Rots of layer {@code layer} from the flat l0 in {@code values}. */
    void set(double[] values, int layer) {
        for (int w = 0; w < qubits; w++) {
            int slot = (layer * qubits + w) * 3;
            int o = 8 * (qubits - 1 - w);
            GateKernels.rotMatrix(values[slot], values[slot + 1], values[slot + 2], matrices, o);
            Matrix2.adjoint(matrices, o, adjoints, o);
            double c = Math.cos(values[slot + 2] / 2);
            double s = Math.sin(values[slot + 2] / 2);
            rz[0] = c;
            rz[1] = -s;
            rz[6] = c;
            rz[7] = s;
            Matrix2.conjugate(rz, 0, PAULI_Y, scratch, thetaGenerators, o);
            Matrix2.conjugate(matrices, o, PAULI_Z, scratch, phiGenerators, o);
        }
    }

    /**
     * Adds (∂φ, ∂θ, ∂ω) of the Rot on {@code bit} into gradient[slot ..] from the cross sums after it: Im R00,
     * Im R11, A = Im(R01 + R10) and B = Re(R10 − R01). Each generator G is Hermitian, so
     * Im Σ G[s][t]·R[s][t] = G00·Im R00 + G11·Im R11 + Re G01·A − Im G01·B.
     */
    void addGradient(int bit, double imR00, double imR11, double a, double b, double[] gradient, int slot) {
        gradient[slot] += hermitianPairing(phiGenerators, 8 * bit, imR00, imR11, a, b);
        gradient[slot + 1] += hermitianPairing(thetaGenerators, 8 * bit, imR00, imR11, a, b);
        gradient[slot + 2] += imR00 - imR11;
    }

    private static double hermitianPairing(double[] g, int o, double imR00, double imR11, double a, double b) {
        return g[o] * imR00 + g[o + 6] * imR11 + g[o + 2] * a - g[o + 3] * b;
    }
}
