package org.adainit.simulator.ansatz;

import org.adainit.simulator.circuit.Circuit;

/**
 * The paper's circuit: AngleEmbedding of d features followed by L StronglyEntanglingLayers on n qubits. Parameter
 * layout: slots 0..d−1 hold the sample's features, slots d.. hold l0 flattened row-major.
 */
public final class QnnCircuit {

    private QnnCircuit() {}

    public static Circuit build(int qubits, int features, int layers) {
        Circuit.Builder builder = Circuit.builder(qubits);
        int featureSlots = builder.reserveParameters(features);
        int weightSlots = builder.reserveParameters(layers * qubits * 3);
        AngleEmbedding.append(builder, features, featureSlots);
        StronglyEntanglingLayers.append(builder, layers, weightSlots);
        return builder.build();
    }
}
