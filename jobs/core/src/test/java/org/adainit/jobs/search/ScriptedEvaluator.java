package org.adainit.jobs.search;

import java.util.ArrayList;
import java.util.List;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.training.TrainingResult;

/** Scores the θ0 of {@link ScriptedGenerator}'s iteration t with the scripted variance V^(t); keeps the seeds. */
final class ScriptedEvaluator implements CandidateEvaluator {

    private final double[] variances;
    final List<Long> seeds = new ArrayList<>();

    ScriptedEvaluator(double... variances) {
        this.variances = variances;
    }

    @Override
    public TrainingResult evaluate(QnnParameters initial, long trainingSeed) {
        seeds.add(trainingSeed);
        int iteration = (int) initial.values()[0];
        return new TrainingResult(initial, variances[iteration - 1], new double[0], List.of());
    }
}
