package org.adainit.simulator.circuit;

/**
 * One gate of a circuit. A rotation's angle is either {@code parameters[parameterIndex]} at run time or, when
 * {@code parameterIndex} is {@link #FIXED}, the constant {@code fixedAngle} (e.g. McClean's RY(π/4) layer).
 *
 * @param secondWire target of CNOT, second wire of CZ, {@link #NO_WIRE} for one-qubit gates
 */
public record Operation(Gate gate, int wire, int secondWire, int parameterIndex, double fixedAngle) {

    public static final int FIXED = -1;
    public static final int NO_WIRE = -1;

    public Operation {
        if ((gate.wires() == 2) != (secondWire != NO_WIRE)) {
            throw new IllegalArgumentException(gate + " takes " + gate.wires() + " wire(s)");
        }
        if (!gate.isRotation() && parameterIndex != FIXED) {
            throw new IllegalArgumentException(gate + " takes no angle");
        }
    }

    public static Operation rotation(Gate gate, int wire, int parameterIndex) {
        requireRotation(gate);
        if (parameterIndex < 0) {
            throw new IllegalArgumentException("parameter index must be >= 0, got " + parameterIndex);
        }
        return new Operation(gate, wire, NO_WIRE, parameterIndex, 0.0);
    }

    public static Operation fixedRotation(Gate gate, int wire, double angle) {
        requireRotation(gate);
        return new Operation(gate, wire, NO_WIRE, FIXED, angle);
    }

    public static Operation single(Gate gate, int wire) {
        return new Operation(gate, wire, NO_WIRE, FIXED, 0.0);
    }

    public static Operation cnot(int control, int target) {
        return new Operation(Gate.CNOT, control, target, FIXED, 0.0);
    }

    public static Operation cz(int first, int second) {
        return new Operation(Gate.CZ, first, second, FIXED, 0.0);
    }

    public boolean isParameterised() {
        return parameterIndex != FIXED;
    }

    /** The angle this operation applies given the run's parameter vector. */
    public double angle(double[] parameters) {
        return isParameterised() ? parameters[parameterIndex] : fixedAngle;
    }

    private static void requireRotation(Gate gate) {
        if (!gate.isRotation()) {
            throw new IllegalArgumentException(gate + " is not a rotation");
        }
    }
}
