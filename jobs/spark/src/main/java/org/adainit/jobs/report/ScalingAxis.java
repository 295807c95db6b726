package org.adainit.jobs.report;

import java.util.List;

/**
 * The structure axes of the grids: qubits at a fixed number of layers (the paper's Fig. 3 qubit series), qubits along
 * a depth rule L = k·N (McClean et al. 2018, Fig. 3: L = 10n, where a 2-design's variance falls as 2^(−n)), and layers
 * at a fixed number of qubits.
 *
 * @param column the column varied along the x axis
 * @param fixed the curves column held constant within a panel
 * @param slopeAxis the slopes table's {@code axis} of this series
 * @param slopeFixed the slopes (and comparisons) column holding the constant
 * @param fixedLabel how a panel title names the constant, {@code %s} standing for its value
 * @param unit the varied quantity's unit, singular, for trend sentences
 */
public record ScalingAxis(String column, String fixed, String slopeAxis, String slopeFixed, String fixedLabel,
        String unit, String label) {

    public static final ScalingAxis QUBITS =
            new ScalingAxis("qubits", "layers", "qubits", "fixed_layers", "L = %s", "qubit", "number of qubits N");
    public static final ScalingAxis QUBITS_AT_DEPTH_RULE = new ScalingAxis("qubits", "layers_per_qubit", "qubits",
            "layers_per_qubit", "L = %sN", "qubit", "number of qubits N (layers L = kN)");
    public static final ScalingAxis LAYERS =
            new ScalingAxis("layers", "qubits", "layers", "fixed_qubits", "N = %s", "layer", "number of layers L");

    public static final List<ScalingAxis> ALL = List.of(QUBITS, QUBITS_AT_DEPTH_RULE, LAYERS);

    /**
     * The value a cells or comparisons row (aliased {@code c}) has along this axis' series: its number of layers or
     * qubits, or L/N on the depth rule (whole exactly when L = kN).
     */
    String cellFixed() {
        return this == QUBITS_AT_DEPTH_RULE ? "c.layers / c.qubits" : "c." + fixed;
    }

    /** The condition on a cells or comparisons row (aliased {@code c}) putting it on this axis' series at {@code value}. */
    String cellCondition(Object value) {
        return cellFixed() + " = " + SqlText.literal(value);
    }

    /** The constant as a panel title names it, e.g. "L = 2" or "L = 10N". */
    String fixedText(Object value) {
        return String.format(fixedLabel, value);
    }
}
