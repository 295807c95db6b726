package org.adainit.simulator.circuit;

/** The gates of the reference simulator. Rotations are exp(−iaP/2) for a Pauli P (PennyLane's convention). */
public enum Gate {
    RX(1, true),
    RY(1, true),
    RZ(1, true),
    X(1, false),
    Y(1, false),
    Z(1, false),
    H(1, false),
    CNOT(2, false),
    CZ(2, false);

    private final int wires;
    private final boolean rotation;

    Gate(int wires, boolean rotation) {
        this.wires = wires;
        this.rotation = rotation;
    }

    public int wires() {
        return wires;
    }

    /** True for RX, RY, RZ: the gates that take an angle and have a derivative. */
    public boolean isRotation() {
        return rotation;
    }
}
