package org.adainit.jobs.search;

import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.training.TrainingResult;

/**
 * Line 5 of Algorithm 1, g(θ0): trains a fresh QNN from θ0 and reports Var[∂E]. The real evaluator trains on the
 * cell's data ({@link TrainingEvaluator}); tests script the variances.
 */
@FunctionalInterface
public interface CandidateEvaluator {

    /** Trains from {@code initial} (never modified) with all shuffling driven by {@code trainingSeed}. */
    TrainingResult evaluate(QnnParameters initial, long trainingSeed);
}
