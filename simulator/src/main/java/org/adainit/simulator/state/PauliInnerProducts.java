package org.adainit.simulator.state;

/**
 * Im⟨λ|P_w|ψ⟩ for a Pauli P on one wire, without applying P. Adjoint differentiation needs exactly this: for a gate
 * exp(−iaP/2) the derivative of ⟨ψ|O|ψ⟩ is 2·Re⟨λ|(−i/2)P|ψ⟩ = Im⟨λ|P|ψ⟩.
 */
public final class PauliInnerProducts {

    private PauliInnerProducts() {}

    /** Im⟨λ|X_w|ψ⟩ with X swapping the pair (k, k+m). */
    public static double imagX(StateVector lambda, StateVector psi, int wire) {
        int mask = psi.wireMask(wire);
        double[] lr = lambda.real();
        double[] li = lambda.imaginary();
        double[] pr = psi.real();
        double[] pi = psi.imaginary();
        double sum = 0;
        for (int block = 0; block < pr.length; block += mask << 1) {
            int end = block + mask;
            for (int k = block; k < end; k++) {
                int j = k + mask;
                // conj(λ_k)·ψ_j + conj(λ_j)·ψ_k, imaginary part
                sum += lr[k] * pi[j] - li[k] * pr[j] + lr[j] * pi[k] - li[j] * pr[k];
            }
        }
        return sum;
    }

    /** Im⟨λ|Y_w|ψ⟩ with (Yψ)_k = −iψ_j, (Yψ)_j = iψ_k. */
    public static double imagY(StateVector lambda, StateVector psi, int wire) {
        int mask = psi.wireMask(wire);
        double[] lr = lambda.real();
        double[] li = lambda.imaginary();
        double[] pr = psi.real();
        double[] pi = psi.imaginary();
        double sum = 0;
        for (int block = 0; block < pr.length; block += mask << 1) {
            int end = block + mask;
            for (int k = block; k < end; k++) {
                int j = k + mask;
                // Im(conj(λ_k)·(−iψ_j)) = −Re(conj(λ_k)ψ_j); Im(conj(λ_j)·(iψ_k)) = Re(conj(λ_j)ψ_k)
                sum += -(lr[k] * pr[j] + li[k] * pi[j]) + (lr[j] * pr[k] + li[j] * pi[k]);
            }
        }
        return sum;
    }

    /** Im⟨λ|Z_w|ψ⟩. */
    public static double imagZ(StateVector lambda, StateVector psi, int wire) {
        int mask = psi.wireMask(wire);
        double[] lr = lambda.real();
        double[] li = lambda.imaginary();
        double[] pr = psi.real();
        double[] pi = psi.imaginary();
        double sum = 0;
        for (int block = 0; block < pr.length; block += mask << 1) {
            int end = block + mask;
            for (int k = block; k < end; k++) {
                int j = k + mask;
                sum += (lr[k] * pi[k] - li[k] * pr[k]) - (lr[j] * pi[j] - li[j] * pr[j]);
            }
        }
        return sum;
    }
}
