package org.adainit.simulator.training;

import java.util.List;
import org.adainit.simulator.qnn.QnnParameters;

/**
 * Outcome of one training run.
 *
 * @param gradientVariance population variance (ddof 0) of the values the configured {@link VarianceDefinition} selects
 * @param varianceSamples the values that variance was taken over, in training order
 */
public record TrainingResult(
        QnnParameters finalParameters, double gradientVariance, double[] varianceSamples, List<EpochRecord> epochs) {}
