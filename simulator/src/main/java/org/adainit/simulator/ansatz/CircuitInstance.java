package org.adainit.simulator.ansatz;

import org.adainit.simulator.circuit.Circuit;

/** A sampled random circuit together with the angles it runs with. */
public record CircuitInstance(Circuit circuit, double[] angles) {}
