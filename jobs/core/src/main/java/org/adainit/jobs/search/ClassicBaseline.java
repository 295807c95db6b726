package org.adainit.jobs.search;

import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.seed.Seeds;
import org.adainit.simulator.training.TrainingResult;
import org.apache.commons.math3.random.Well19937c;

/** The paper's "Classic": one training from a single draw of the prior, no search. */
public final class ClassicBaseline {

    static final String DRAW_STREAM = "classic-draw";
    static final String TRAINING_STREAM = "classic-training";
    static final String HEAD_STREAM = "classic-head";

    private ClassicBaseline() {}

    /** Trains once from the cell's classic prior draw; its seeds are disjoint from the search's. */
    public static TrainingResult run(SearchProblem problem, CandidateEvaluator evaluator) {
        QnnParameters drawn = problem.prior()
                .sample(problem.shape(), new Well19937c(Seeds.derive(problem.seed(), DRAW_STREAM)));
        QnnParameters theta0 = problem.theta0(drawn, Seeds.derive(problem.seed(), HEAD_STREAM));
        return evaluator.evaluate(theta0, trainingSeed(problem.seed()));
    }

    /** The seed of the baseline's training (its shuffles), derived from the cell's seed. */
    public static long trainingSeed(long cellSeed) {
        return Seeds.derive(cellSeed, TRAINING_STREAM);
    }
}
