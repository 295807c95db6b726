package org.adainit.jobs.search;

import java.util.Objects;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.training.Trainer;
import org.adainit.simulator.training.TrainingConfig;
import org.adainit.simulator.training.TrainingResult;

/** The real g(θ0): trains the QNN on the cell's training split with the simulator's {@link Trainer}. */
public final class TrainingEvaluator implements CandidateEvaluator {

    private final Trainer trainer;
    private final double[][] x;
    private final int[] y;

    /**
     * @param x training rows of d ≤ qubits angles
     * @param y class indices in {0, 1}
     */
    public TrainingEvaluator(TrainingConfig config, double[][] x, int[] y) {
        this.trainer = new Trainer(Objects.requireNonNull(config, "config"));
        this.x = Objects.requireNonNull(x, "x");
        this.y = Objects.requireNonNull(y, "y");
    }

    @Override
    public TrainingResult evaluate(QnnParameters initial, long trainingSeed) {
        return trainer.train(initial, x, y, trainingSeed);
    }
}
