package org.adainit.simulator.observable;

import java.util.ArrayList;
import java.util.List;

/**
 * The periodic 1D Heisenberg model of Zhang et al. 2024, Eq. 9: H = Σ_{i=0}^{n−1} (X_i X_{i+1} + Y_i Y_{i+1} +
 * Z_i Z_{i+1}), indices mod n. At n = 2 the two bonds (0,1) and (1,0) coincide and the sum counts that bond twice, as
 * the formula does (spectral width 8, docs/diagnostics.md).
 */
public final class HeisenbergRing {

    private HeisenbergRing() {}

    public static PauliSum of(int qubits) {
        if (qubits < 2) {
            throw new IllegalArgumentException("the Heisenberg ring needs at least 2 qubits, got " + qubits);
        }
        List<PauliString> terms = new ArrayList<>(3 * qubits);
        for (int i = 0; i < qubits; i++) {
            int j = (i + 1) % qubits;
            for (String pair : List.of("XX", "YY", "ZZ")) {
                terms.add(PauliString.on(qubits, 1.0, pair, i, j));
            }
        }
        return new PauliSum(terms);
    }
}
