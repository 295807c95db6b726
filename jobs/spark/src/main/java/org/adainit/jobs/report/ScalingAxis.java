package org.adainit.jobs.report;

/**
 * The two structure axes of the paper's grids: qubits at a fixed number of layers, and layers at a fixed number of
 * qubits.
 *
 * @param column the column varied along the x axis
 * @param fixed the column held constant within a panel
 * @param symbol the paper's symbol of the varied quantity
 * @param fixedSymbol the symbol of the constant one
 */
public record ScalingAxis(String column, String fixed, String symbol, String fixedSymbol, String label) {

    public static final ScalingAxis QUBITS = new ScalingAxis("qubits", "layers", "N", "L", "number of qubits N");
    public static final ScalingAxis LAYERS = new ScalingAxis("layers", "qubits", "L", "N", "number of layers L");

    public static final java.util.List<ScalingAxis> BOTH = java.util.List.of(QUBITS, LAYERS);
}
