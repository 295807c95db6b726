package org.adainit.simulator.ansatz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.adainit.simulator.circuit.Circuit;
import org.adainit.simulator.circuit.CircuitSimulator;
import org.adainit.simulator.circuit.Gate;
import org.adainit.simulator.circuit.Operation;
import org.adainit.simulator.observable.ZExpectations;
import org.adainit.simulator.state.StateVector;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class AnsatzTest {

    @Test
    void rangesFollowPennyLane0311() {
        assertArrayEquals(new int[] {1}, ranges(2, 1));
        assertArrayEquals(new int[] {1, 2, 3}, ranges(4, 3));
        assertArrayEquals(new int[] {1, 2}, ranges(20, 2));
        assertArrayEquals(new int[] {1, 1, 1}, ranges(2, 3));
        assertArrayEquals(new int[] {1, 2, 1}, ranges(3, 3));
        assertArrayEquals(new int[] {0, 0}, ranges(1, 2));
    }

    @Test
    void layerAppliesRotThenTheCnotRingWithItsRange() {
        Circuit.Builder builder = Circuit.builder(4);
        builder.reserveParameters(2 * 4 * 3);
        StronglyEntanglingLayers.append(builder, 2, 0);
        List<Operation> ops = builder.build().operations();
        assertEquals(2 * (4 * 3 + 4), ops.size());
        assertEquals(Operation.rotation(Gate.RZ, 0, 0), ops.get(0));
        assertEquals(Operation.rotation(Gate.RY, 0, 1), ops.get(1));
        assertEquals(Operation.rotation(Gate.RZ, 0, 2), ops.get(2));
        assertEquals(Operation.cnot(0, 1), ops.get(12));
        assertEquals(Operation.cnot(3, 0), ops.get(15));
        assertEquals(Operation.rotation(Gate.RZ, 0, 12), ops.get(16));
        assertEquals(Operation.cnot(0, 2), ops.get(28));
        assertEquals(Operation.cnot(3, 1), ops.get(31));
    }

    @Test
    void singleQubitHasNoEntangler() {
        Circuit circuit = QnnCircuit.build(1, 1, 3);
        assertEquals(1 + 3 * 3, circuit.size());
    }

    @Test
    void embeddingLeavesWiresBeyondTheFeaturesUntouched() {
        Circuit.Builder builder = Circuit.builder(4);
        builder.reserveParameters(2);
        AngleEmbedding.append(builder, 2, 0);
        StateVector state = new StateVector(4);
        CircuitSimulator.run(builder.build(), new double[] {0.4, 1.3}, state);
        double[] z = ZExpectations.compute(state);
        assertEquals(Math.cos(0.4), z[0], 1e-14);
        assertEquals(Math.cos(1.3), z[1], 1e-14);
        assertEquals(1.0, z[2], 1e-14);
        assertEquals(1.0, z[3], 1e-14);
    }

    @Test
    void moreFeaturesThanQubitsIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QnnCircuit.build(2, 3, 1));
        assertEquals(true, e.getMessage().contains("3 features do not fit on 2 qubits"));
    }

    @Test
    void mcCleanCircuitHasItsLayersAndChain() {
        CircuitInstance instance = McCleanCircuit.sample(4, 3, new Well19937c(5));
        List<Operation> ops = instance.circuit().operations();
        assertEquals(4 + 3 * (4 + 3), ops.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(Operation.fixedRotation(Gate.RY, i, Math.PI / 4), ops.get(i));
        }
        assertEquals(Operation.cz(0, 1), ops.get(8));
        assertEquals(Operation.cz(2, 3), ops.get(10));
        for (double angle : instance.angles()) {
            assertEquals(true, angle >= 0 && angle < 2 * Math.PI);
        }
    }

    private static int[] ranges(int qubits, int layers) {
        return IntStream.range(0, layers).map(l -> StronglyEntanglingLayers.range(l, qubits)).toArray();
    }
}
