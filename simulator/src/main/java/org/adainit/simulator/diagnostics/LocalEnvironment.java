package org.adainit.simulator.diagnostics;

import org.adainit.simulator.ansatz.CircuitInstance;
import org.adainit.simulator.circuit.CircuitSimulator;
import org.adainit.simulator.observable.Observable;
import org.adainit.simulator.state.GateKernels;
import org.adainit.simulator.state.StateVector;

/**
 * A cost that depends on a single-qubit unitary U_A on wire 0 only through C(U_A) = offset + u†Eu, with u = (U00, U01,
 * U10, U11) and E a Hermitian 4×4 matrix. Every cost of Zhang et al.'s form tr(H V2 (U_A ⊗ I) V1 ρ V1† (U_A† ⊗ I) V2†)
 * with a pure ρ is of this form, so the circuits run once per sample and the search over U_A costs a 4×4 product per
 * evaluation.
 */
public final class LocalEnvironment {

    private final double offset;
    private final double[] re;
    private final double[] im;

    private LocalEnvironment(double offset, double[] re, double[] im) {
        this.offset = offset;
        this.re = re;
        this.im = im;
    }

    /**
     * The state-learning cost 1 − |⟨b|(U_A ⊗ I)|a⟩|², with a = V1|0⟩ and b = V2†|0⟩. The amplitude is linear in U_A,
     * Σ_{s,t} U_A[s,t]·m[s,t] with m[s,t] = Σ_r conj(b_{s r}) a_{t r}, so E = −conj(m) mᵀ.
     */
    public static LocalEnvironment fidelity(StateVector a, StateVector b) {
        requireSameWidth(a, b);
        int mask = a.wireMask(0);
        double[] mr = new double[4];
        double[] mi = new double[4];
        for (int s = 0; s < 2; s++) {
            for (int t = 0; t < 2; t++) {
                double sumRe = 0;
                double sumIm = 0;
                for (int r = 0; r < mask; r++) {
                    int bs = s * mask + r;
                    int at = t * mask + r;
                    sumRe += b.real()[bs] * a.real()[at] + b.imaginary()[bs] * a.imaginary()[at];
                    sumIm += b.real()[bs] * a.imaginary()[at] - b.imaginary()[bs] * a.real()[at];
                }
                mr[2 * s + t] = sumRe;
                mi[2 * s + t] = sumIm;
            }
        }
        double[] re = new double[16];
        double[] im = new double[16];
        for (int j = 0; j < 4; j++) {
            for (int k = 0; k < 4; k++) {
                // −conj(m_j)·m_k
                re[4 * j + k] = -(mr[j] * mr[k] + mi[j] * mi[k]);
                im[4 * j + k] = -(mr[j] * mi[k] - mi[j] * mr[k]);
            }
        }
        return new LocalEnvironment(1.0, re, im);
    }

    /**
     * The expectation ⟨ψ|(U_A† ⊗ I) V2† H V2 (U_A ⊗ I)|ψ⟩. Writing ψ = Σ_t |t⟩|a_t⟩ on wire 0, (U_A ⊗ I)|ψ⟩ = Σ_{s,t}
     * U_A[s,t]·|s⟩|a_t⟩, so E[st, s't'] = ⟨s, a_t|V2† H V2|s', a_t'⟩: four runs of V2 and four applications of H.
     *
     * @param v2 the circuit after U_A, or null for the identity
     */
    public static LocalEnvironment expectation(StateVector psi, CircuitInstance v2, Observable observable) {
        int qubits = psi.qubits();
        int mask = psi.wireMask(0);
        StateVector[] chi = new StateVector[4];
        for (int s = 0; s < 2; s++) {
            for (int t = 0; t < 2; t++) {
                StateVector phi = new StateVector(qubits);
                phi.real()[0] = 0;
                System.arraycopy(psi.real(), t * mask, phi.real(), s * mask, mask);
                System.arraycopy(psi.imaginary(), t * mask, phi.imaginary(), s * mask, mask);
                if (v2 != null) {
                    CircuitSimulator.evolve(v2.circuit(), v2.angles(), phi);
                }
                chi[2 * s + t] = phi;
            }
        }
        StateVector applied = new StateVector(qubits);
        double[] re = new double[16];
        double[] im = new double[16];
        for (int k = 0; k < 4; k++) {
            observable.apply(chi[k], applied);
            for (int j = 0; j < 4; j++) {
                double[] inner = inner(chi[j], applied);
                re[4 * j + k] = inner[0];
                im[4 * j + k] = inner[1];
            }
        }
        return new LocalEnvironment(0.0, re, im);
    }

    /** C(U_A) for U_A = Rz(φ)·Ry(θ)·Rz(α) (Zhang et al.'s Euler angles), {@code angles} = (α, θ, φ). */
    public double cost(double[] angles) {
        double[] u = new double[8];
        // PennyLane's Rot(a, b, c) = RZ(c)·RY(b)·RZ(a), so U_A = Rot(α, θ, φ).
        GateKernels.rotMatrix(angles[0], angles[1], angles[2], u, 0);
        double value = 0;
        for (int j = 0; j < 4; j++) {
            double vr = 0;
            double vi = 0;
            for (int k = 0; k < 4; k++) {
                double er = re[4 * j + k];
                double ei = im[4 * j + k];
                vr += er * u[2 * k] - ei * u[2 * k + 1];
                vi += er * u[2 * k + 1] + ei * u[2 * k];
            }
            // Re(conj(u_j)·v_j)
            value += u[2 * j] * vr + u[2 * j + 1] * vi;
        }
        return offset + value;
    }

    private static double[] inner(StateVector a, StateVector b) {
        double sumRe = 0;
        double sumIm = 0;
        double[] ar = a.real();
        double[] ai = a.imaginary();
        double[] br = b.real();
        double[] bi = b.imaginary();
        for (int k = 0; k < ar.length; k++) {
            sumRe += ar[k] * br[k] + ai[k] * bi[k];
            sumIm += ar[k] * bi[k] - ai[k] * br[k];
        }
        return new double[] {sumRe, sumIm};
    }

    private static void requireSameWidth(StateVector a, StateVector b) {
        if (a.qubits() != b.qubits()) {
            throw new IllegalArgumentException("states on " + a.qubits() + " and " + b.qubits() + " qubits");
        }
    }
}
