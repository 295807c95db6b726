package org.adainit.jobs.search;

import java.util.ArrayList;
import java.util.List;
import org.adainit.simulator.fast.CircuitEvaluators;
import org.adainit.simulator.qnn.CircuitEvaluator;
import org.adainit.simulator.qnn.QnnModel;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.seed.Seeds;
import org.adainit.simulator.training.EpochRecord;
import org.adainit.simulator.training.InitialGradients;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * The over-initialisations metric of McClean et al. (2018): K independent draws θ0 of the prior (with the grid's
 * head rule and its scoring-head rule: {@code normalised} rescales each draw's l1, {@code frozen} changes nothing
 * since nothing trains), at each the full-batch ∂E/∂l0[0,0,0] on the training split, and its sample variance (ddof 1)
 * over the draws; beside it the same for the circuit alone, ∂⟨Z_0⟩/∂l0[0,0,0] averaged over the training rows. No
 * training. Docs: docs/experiment-settings.md, "Gradients at theta0".
 */
public final class InitialisationEnsemble {

    static final String DRAW_STREAM = "ensemble-draw";
    static final String HEAD_STREAM = "ensemble-head";

    /**
     * @param draws the K θ0, in draw order
     * @param atTheta0 per draw, the full-batch loss, accuracy, ∂E/∂l0[0,0,0] and gradient norm (epoch 0)
     * @param circuitZ0 per draw, the circuit-only ∂⟨Z_0⟩/∂l0[0,0,0]
     * @param lossGradientVariance sample variance of the ∂E/∂l0[0,0,0] over the draws
     * @param circuitZ0Variance sample variance of the circuit-only values over the draws
     */
    public record Result(List<QnnParameters> draws, List<EpochRecord> atTheta0, double[] circuitZ0,
            double lossGradientVariance, double circuitZ0Variance) {}

    private InitialisationEnsemble() {}

    /** Draws {@code count} ≥ 2 θ0 from the problem's prior, draw k from (cell seed, k). */
    public static Result run(SearchProblem problem, double[][] x, int[] y, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("a variance over draws needs at least 2 draws, got " + count);
        }
        QnnModel model = CircuitEvaluators.fastestModel(problem.shape(), x[0].length);
        CircuitEvaluator circuit = CircuitEvaluators.fastest(problem.shape(), x[0].length);
        long drawSeeds = Seeds.derive(problem.seed(), DRAW_STREAM);
        long headSeeds = Seeds.derive(problem.seed(), HEAD_STREAM);
        List<QnnParameters> draws = new ArrayList<>(count);
        List<EpochRecord> records = new ArrayList<>(count);
        double[] lossGradients = new double[count];
        double[] circuitZ0 = new double[count];
        for (int k = 0; k < count; k++) {
            QnnParameters drawn = problem.prior().sample(problem.shape(), new Well19937c(Seeds.derive(drawSeeds, k)));
            QnnParameters theta0 = problem.theta0(drawn, Seeds.derive(headSeeds, k));
            EpochRecord record = InitialGradients.atTheta0(model, theta0, x, y);
            draws.add(theta0);
            records.add(record);
            lossGradients[k] = record.trackedGradient();
            circuitZ0[k] = InitialGradients.circuitZ0(circuit, theta0, x);
        }
        return new Result(List.copyOf(draws), List.copyOf(records), circuitZ0,
                new Variance(true).evaluate(lossGradients), new Variance(true).evaluate(circuitZ0));
    }
}
