package org.adainit.simulator.fast;

import org.adainit.simulator.qnn.CircuitEvaluator;
import org.adainit.simulator.qnn.QnnModel;
import org.adainit.simulator.qnn.QnnShape;

/** Picks the fastest evaluator for a circuit's width (measured with {@code submit/adainit bench}). */
public final class CircuitEvaluators {

    /** Up to this width the gate-by-gate small evaluator beats the cache-blocked passes' fixed costs. */
    public static final int SMALL_QUBITS = 6;

    private CircuitEvaluators() {}

    public static CircuitEvaluator fastest(QnnShape shape, int features) {
        return shape.qubits() <= SMALL_QUBITS
                ? new SmallCircuitEvaluator(shape, features)
                : new FastCircuitEvaluator(shape, features);
    }

    /** The model on the fastest circuit evaluator for its width: what training and the jobs use. */
    public static QnnModel fastestModel(QnnShape shape, int features) {
        return new QnnModel(shape, features, fastest(shape, features));
    }
}
