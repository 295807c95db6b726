package org.adainit.jobs.search;

import org.adainit.jobs.names.ExternalNames;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.training.TrainingConfig;

/**
 * How the classical head (l1, l2) is treated while a θ0 is trained and scored. The loss reads the circuit through l1,
 * so ∂E/∂l0 and its variance scale with the head's size: a larger head raises the metric without changing the quantum
 * landscape. {@code frozen} and {@code normalised} take that lever away. Docs: docs/experiment-settings.md, "Scoring
 * with the head frozen or normalised".
 */
public enum ScoringHead {
    /** The paper's setting: Adam trains l0, l1 and l2 from θ0. */
    TRAINED,
    /** l1 and l2 keep θ0's values through the training; Adam trains the circuit weights l0 only. */
    FROZEN,
    /**
     * Before training, l1 is divided by its root mean square over all classes and wires (l2 is left as it is), then
     * everything trains as under {@code trained}: the score no longer depends on any positive rescaling of l1.
     */
    NORMALISED;

    public String externalName() {
        return ExternalNames.of(this);
    }

    /**
     * θ0 as it is trained: under {@code normalised} a copy whose l1 has root mean square 1 (an all-zero l1, which
     * has no scale, stays zero), else {@code theta0} itself.
     */
    public QnnParameters prepare(QnnParameters theta0) {
        if (this != NORMALISED) {
            return theta0;
        }
        QnnShape shape = theta0.shape();
        QnnParameters normalised = theta0.copy();
        double[] values = normalised.values();
        int from = shape.l1Index(0, 0);
        int to = from + shape.headWeightCount();
        double squares = 0;
        for (int i = from; i < to; i++) {
            squares += values[i] * values[i];
        }
        double rootMeanSquare = Math.sqrt(squares / shape.headWeightCount());
        if (rootMeanSquare > 0) {
            for (int i = from; i < to; i++) {
                values[i] /= rootMeanSquare;
            }
        }
        return normalised;
    }

    /** The training settings under this rule: {@code frozen} keeps the head out of Adam's updates. */
    public TrainingConfig configure(TrainingConfig config) {
        return this == FROZEN ? config.withHeadFrozen() : config;
    }
}
