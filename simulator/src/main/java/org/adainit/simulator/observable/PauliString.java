package org.adainit.simulator.observable;

import java.util.Locale;
import org.adainit.simulator.state.StateVector;

/**
 * c·P_0 ⊗ P_1 ⊗ … ⊗ P_{n−1}, written as a word over {I, X, Y, Z} whose letter w acts on wire w ("XXI" is X_0 X_1 on
 * three qubits). On a basis state, P|b⟩ = i^{#Y}·(−1)^{|b ∧ zmask|}·|b ⊕ xmask⟩, where xmask marks the X and Y wires and
 * zmask the Y and Z wires; that identity is the whole kernel, one pass over the state per string.
 */
public final class PauliString {

    private final double coefficient;
    private final String word;
    private final int xMask;
    private final int zMask;
    private final int yCount;

    private PauliString(double coefficient, String word) {
        if (word.isEmpty() || word.length() > StateVector.MAX_QUBITS) {
            throw new IllegalArgumentException("a Pauli word needs 1.." + StateVector.MAX_QUBITS + " letters, got '"
                    + word + "'");
        }
        if (!Double.isFinite(coefficient)) {
            throw new IllegalArgumentException("coefficient of " + word + " must be finite, got " + coefficient);
        }
        int x = 0;
        int z = 0;
        int y = 0;
        for (int w = 0; w < word.length(); w++) {
            int mask = StateVector.wireMask(w, word.length());
            switch (word.charAt(w)) {
                case 'I' -> { }
                case 'X' -> x |= mask;
                case 'Z' -> z |= mask;
                case 'Y' -> {
                    x |= mask;
                    z |= mask;
                    y++;
                }
                default -> throw new IllegalArgumentException("Pauli word '" + word + "' has '" + word.charAt(w)
                        + "' at wire " + w + "; letters are I, X, Y, Z");
            }
        }
        this.coefficient = coefficient;
        this.word = word;
        this.xMask = x;
        this.zMask = z;
        this.yCount = y;
    }

    /** {@code coefficient} times the word, e.g. {@code of(0.5, "IZ")}. */
    public static PauliString of(double coefficient, String word) {
        return new PauliString(coefficient, word.toUpperCase(Locale.ROOT));
    }

    /** The string with {@code letters} on the given wires and I elsewhere, e.g. {@code on(4, 1.0, "XX", 3, 0)}. */
    public static PauliString on(int qubits, double coefficient, String letters, int... wires) {
        if (letters.length() != wires.length) {
            throw new IllegalArgumentException(letters.length() + " letters for " + wires.length + " wires");
        }
        char[] word = "I".repeat(qubits).toCharArray();
        for (int k = 0; k < wires.length; k++) {
            if (wires[k] < 0 || wires[k] >= qubits) {
                throw new IllegalArgumentException("wire " + wires[k] + " outside 0.." + (qubits - 1));
            }
            if (word[wires[k]] != 'I') {
                throw new IllegalArgumentException("wire " + wires[k] + " named twice");
            }
            word[wires[k]] = letters.charAt(k);
        }
        return of(coefficient, new String(word));
    }

    public int qubits() {
        return word.length();
    }

    public double coefficient() {
        return coefficient;
    }

    public String word() {
        return word;
    }

    /** Adds c·P|ψ⟩ into {@code target}. */
    public void addTo(StateVector psi, StateVector target) {
        if (psi.qubits() != qubits() || target.qubits() != qubits()) {
            throw new IllegalArgumentException(word + " acts on " + qubits() + " qubits, states have " + psi.qubits()
                    + " and " + target.qubits());
        }
        double[] pr = psi.real();
        double[] pi = psi.imaginary();
        double[] tr = target.real();
        double[] ti = target.imaginary();
        int phase = yCount & 3;
        for (int b = 0; b < pr.length; b++) {
            double s = (Integer.bitCount(b & zMask) & 1) == 0 ? coefficient : -coefficient;
            double re = s * pr[b];
            double im = s * pi[b];
            int to = b ^ xMask;
            // multiply by i^{#Y}
            switch (phase) {
                case 0 -> { tr[to] += re; ti[to] += im; }
                case 1 -> { tr[to] -= im; ti[to] += re; }
                case 2 -> { tr[to] -= re; ti[to] -= im; }
                default -> { tr[to] += im; ti[to] -= re; }
            }
        }
    }

    @Override
    public String toString() {
        return coefficient + "*" + word;
    }
}
