package org.adainit.simulator.circuit;

import java.util.ArrayList;
import java.util.List;

/** An ordered list of operations on {@code qubits} wires, reading angles from a vector of {@code parameterCount}. */
public final class Circuit {

    private final int qubits;
    private final int parameterCount;
    private final Operation[] operations;

    private Circuit(int qubits, int parameterCount, List<Operation> operations) {
        this.qubits = qubits;
        this.parameterCount = parameterCount;
        this.operations = operations.toArray(new Operation[0]);
    }

    public static Builder builder(int qubits) {
        return new Builder(qubits);
    }

    public int qubits() {
        return qubits;
    }

    public int parameterCount() {
        return parameterCount;
    }

    public int size() {
        return operations.length;
    }

    public Operation operation(int index) {
        return operations[index];
    }

    public List<Operation> operations() {
        return List.of(operations);
    }

    /** Collects operations, checks their wires, and hands out parameter slots in order. */
    public static final class Builder {

        private final int qubits;
        private final List<Operation> operations = new ArrayList<>();
        private int parameterCount;

        private Builder(int qubits) {
            if (qubits < 1) {
                throw new IllegalArgumentException("qubits must be >= 1, got " + qubits);
            }
            this.qubits = qubits;
        }

        public int qubits() {
            return qubits;
        }

        /** Reserves {@code count} consecutive parameter slots and returns the first. */
        public int reserveParameters(int count) {
            int first = parameterCount;
            parameterCount += count;
            return first;
        }

        public Builder add(Operation operation) {
            checkWire(operation.wire());
            if (operation.secondWire() != Operation.NO_WIRE) {
                checkWire(operation.secondWire());
            }
            if (operation.isParameterised() && operation.parameterIndex() >= parameterCount) {
                throw new IllegalArgumentException("parameter slot " + operation.parameterIndex()
                        + " not reserved (have " + parameterCount + ")");
            }
            operations.add(operation);
            return this;
        }

        public Circuit build() {
            return new Circuit(qubits, parameterCount, operations);
        }

        private void checkWire(int wire) {
            if (wire < 0 || wire >= qubits) {
                throw new IllegalArgumentException("wire " + wire + " outside 0.." + (qubits - 1));
            }
        }
    }
}
