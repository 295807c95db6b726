package org.adainit.simulator.fast;

/**
 * The CNOT ring of StronglyEntanglingLayers, CNOT(w, (w + r) mod n) for w = 0..n−1, as index permutations for
 * {@link LinearBitMap#gather}: gathering with {@link #apply} applies the ring, with {@link #undo} reverses it.
 */
final class RingMaps {

    private RingMaps() {}

    /** dst[k] = src[f⁻¹(k)]: the ring applied. Range 0 (one qubit) is the identity. */
    static LinearBitMap apply(int qubits, int range) {
        return range == 0 ? LinearBitMap.identity(qubits) : ring(qubits, range, true);
    }

    /** dst[k] = src[f(k)]: the ring undone. */
    static LinearBitMap undo(int qubits, int range) {
        return range == 0 ? LinearBitMap.identity(qubits) : ring(qubits, range, false);
    }

    private static LinearBitMap ring(int qubits, int range, boolean inverse) {
        int[] controls = new int[qubits];
        int[] targets = new int[qubits];
        for (int w = 0; w < qubits; w++) {
            controls[w] = qubits - 1 - w;
            targets[w] = qubits - 1 - (w + range) % qubits;
        }
        return LinearBitMap.ofCnots(qubits, controls, targets, inverse);
    }
}
