package org.adainit.simulator.training;

import java.util.ArrayList;
import java.util.List;
import org.adainit.simulator.qnn.QnnParameters;

/**
 * Outcome of one training run.
 *
 * @param gradientVariance population variance (ddof 0) of the values the configured {@link VarianceDefinition} selects
 * @param varianceSamples the values that variance was taken over, in training order
 * @param epochs epochs 1..E
 * @param atTheta0 epoch 0: the full training split at θ0, before the first step ({@link InitialGradients}); null
 *     where a test scripts the result
 */
public record TrainingResult(
        QnnParameters finalParameters, double gradientVariance, double[] varianceSamples, List<EpochRecord> epochs,
        EpochRecord atTheta0) {

    /** A result without the epoch-0 record. */
    public TrainingResult(
            QnnParameters finalParameters, double gradientVariance, double[] varianceSamples, List<EpochRecord> epochs) {
        this(finalParameters, gradientVariance, varianceSamples, epochs, null);
    }

    /** Epoch 0 (when known) followed by epochs 1..E: what the {@code epochs} table holds for this training. */
    public List<EpochRecord> epochsFromZero() {
        if (atTheta0 == null) {
            return epochs;
        }
        List<EpochRecord> all = new ArrayList<>(epochs.size() + 1);
        all.add(atTheta0);
        all.addAll(epochs);
        return List.copyOf(all);
    }
}
