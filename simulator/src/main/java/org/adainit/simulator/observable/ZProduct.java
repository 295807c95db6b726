package org.adainit.simulator.observable;

import org.adainit.simulator.state.StateVector;

/** Z_{w1} Z_{w2} …, e.g. McClean's H = Z1 Z2 on the first two wires. */
public final class ZProduct implements DiagonalObservable {

    private final int[] wires;

    public ZProduct(int... wires) {
        this.wires = wires.clone();
    }

    @Override
    public double eigenvalue(int index, int qubits) {
        int parity = 0;
        for (int w : wires) {
            parity ^= (index & StateVector.wireMask(w, qubits)) == 0 ? 0 : 1;
        }
        return parity == 0 ? 1.0 : -1.0;
    }
}
