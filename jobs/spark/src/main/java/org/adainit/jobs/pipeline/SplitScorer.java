package org.adainit.jobs.pipeline;

import org.adainit.jobs.datasets.PreparedDataset;
import org.adainit.jobs.datasets.Split;
import org.adainit.jobs.outcome.FinalScores;
import org.adainit.simulator.fast.CircuitEvaluators;
import org.adainit.simulator.qnn.QnnModel;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.qnn.SplitScore;
import org.adainit.simulator.training.TrainingResult;

/**
 * Scores a training's final parameters on the cell's three splits (forward passes only, one model per cell, which
 * runs on one thread). A training that diverged (non-finite parameters) has no scores.
 */
final class SplitScorer {

    private final QnnModel model;
    private final PreparedDataset data;

    SplitScorer(QnnShape shape, PreparedDataset data) {
        this.model = CircuitEvaluators.fastestModel(shape, data.dimension());
        this.data = data;
    }

    FinalScores score(TrainingResult training) {
        QnnParameters trained = training.finalParameters();
        for (double value : trained.values()) {
            if (!Double.isFinite(value)) {
                return null;
            }
        }
        return new FinalScores(score(trained, data.train()), score(trained, data.validation()),
                score(trained, data.test()));
    }

    private SplitScore score(QnnParameters parameters, Split split) {
        return model.score(parameters, split.x(), split.y());
    }
}
