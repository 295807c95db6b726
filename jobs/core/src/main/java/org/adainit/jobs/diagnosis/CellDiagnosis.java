package org.adainit.jobs.diagnosis;

import java.util.Arrays;
import java.util.List;
import org.adainit.simulator.diagnostics.GradientMagnitudes;
import org.adainit.simulator.diagnostics.GradientMagnitudes.EpochDistribution;
import org.adainit.simulator.diagnostics.LossLandscape;
import org.adainit.simulator.fast.CircuitEvaluators;
import org.adainit.simulator.qnn.QnnModel;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.training.Trainer;
import org.adainit.simulator.training.TrainingConfig;
import org.adainit.simulator.training.TrainingResult;

/**
 * The practical views of one cell (the overview's "2D cost-surface slices" and "gradient magnitude distributions over
 * epochs"): the training loss around θ0 along two directions, and the gradient magnitudes of the training from θ0,
 * retrained with the cell's own seed so that it is the run the cell recorded.
 */
public final class CellDiagnosis {

    /** The retraining and the per-epoch magnitude distributions it produced. */
    public record Gradients(TrainingResult training, List<EpochDistribution> distributions) {}

    private CellDiagnosis() {}

    /**
     * Rows {@code fromRow} (inclusive) to {@code toRow} (exclusive) of the request's α axis against its whole β axis,
     * so a large slice can be split over tasks and the parts concatenated.
     */
    public static LossLandscape.Slice landscape(QnnParameters theta0, double[][] x, int[] y, LandscapeRequest request,
            int fromRow, int toRow) {
        double[] axis = LossLandscape.symmetricGrid(request.radius(), request.points());
        if (fromRow < 0 || toRow <= fromRow || toRow > axis.length) {
            throw new IllegalArgumentException("bad row range [" + fromRow + ", " + toRow + ") of " + axis.length);
        }
        double[][] directions = request.directions(theta0.shape());
        QnnModel model = CircuitEvaluators.fastestModel(theta0.shape(), x[0].length);
        return LossLandscape.slice(model, theta0, x, y, directions[0], directions[1],
                Arrays.copyOfRange(axis, fromRow, toRow), axis);
    }

    /** Trains from θ0 once more, watching every step's gradient. */
    public static Gradients gradients(QnnParameters theta0, double[][] x, int[] y, TrainingConfig config,
            long trainingSeed) {
        GradientMagnitudes magnitudes = new GradientMagnitudes(theta0.shape());
        TrainingResult training = new Trainer(config).train(theta0, x, y, trainingSeed, magnitudes);
        return new Gradients(training, magnitudes.distributions());
    }
}
