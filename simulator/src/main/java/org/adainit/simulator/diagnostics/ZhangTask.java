package org.adainit.simulator.diagnostics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.adainit.simulator.observable.DiagonalObservable;
import org.adainit.simulator.observable.HeisenbergRing;
import org.adainit.simulator.observable.Observable;
import org.adainit.simulator.observable.SpectralRange;
import org.adainit.simulator.state.StateVector;

/** The three QNN tasks of Zhang et al.'s Fig. 5 and their spectral widths w(H). */
public enum ZhangTask {
    /** (a) Energy of the periodic Heisenberg ring on V2 (U_A ⊗ I) V1 |0…0⟩. */
    VQE,
    /**
     * (b) Autoencoder with one discarded qubit R: C = 1 − tr((|0⟩⟨0|_R ⊗ I) UρU†). R is wire 0, the qubit U_A acts on:
     * with R elsewhere U_A would commute with the projector and C would not depend on U_A when only V1 is random. The
     * input ρ, which the paper leaves open, is |0…0⟩⟨0…0|; for pure ρ, C = ⟨ψ|U† (|1⟩⟨1|_R ⊗ I) U|ψ⟩.
     */
    QAE,
    /** (c) State learning: C = 1 − |⟨0|U|0⟩|², the fidelity with |0…0⟩. */
    QSL;

    /** Largest n whose Heisenberg width is diagonalised exactly (sector size C(12, 6) = 924). */
    public static final int MAX_VQE_QUBITS = 12;

    private static final Map<Integer, Double> HEISENBERG_WIDTHS = new ConcurrentHashMap<>();

    /** The QAE observable |1⟩⟨1| on wire 0. */
    static final DiagonalObservable DISCARDED_QUBIT_FLIPPED =
            (index, qubits) -> (index & StateVector.wireMask(0, qubits)) != 0 ? 1.0 : 0.0;

    /** w(H) = λ_max − λ_min: computed exactly (and kept) for the Heisenberg ring, 1 for the projector costs. */
    public double width(int qubits) {
        if (this != VQE) {
            return 1.0;
        }
        if (qubits > MAX_VQE_QUBITS) {
            throw new IllegalArgumentException("the Heisenberg width is computed exactly up to " + MAX_VQE_QUBITS
                    + " qubits, got " + qubits);
        }
        return HEISENBERG_WIDTHS.computeIfAbsent(
                qubits, n -> SpectralRange.of(HeisenbergRing.of(n), n).width());
    }

    /** The observable whose expectation is the cost, for the tasks built from one (VQE, QAE). */
    Observable observable(int qubits) {
        return switch (this) {
            case VQE -> HeisenbergRing.of(qubits);
            case QAE -> DISCARDED_QUBIT_FLIPPED;
            case QSL -> throw new IllegalStateException("QSL is computed from its amplitude");
        };
    }
}
