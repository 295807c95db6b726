/**
 * The circuits the experiments build: the paper's AngleEmbedding and StronglyEntanglingLayers with PennyLane 0.31.1
 * semantics, and McClean's random circuit.
 */
package org.adainit.simulator.ansatz;
