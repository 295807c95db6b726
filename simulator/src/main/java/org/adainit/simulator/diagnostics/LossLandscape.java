package org.adainit.simulator.diagnostics;

import org.adainit.simulator.qnn.QnnModel;
import org.adainit.simulator.qnn.QnnParameters;

/**
 * A 2D slice of the loss landscape: L(θ0 + α·a + β·b) on a grid of (α, β), the mean cross-entropy over a data set.
 * A barren plateau shows as a slice that is flat at the scale of the loss; a trainable start as visible relief.
 */
public final class LossLandscape {

    /** {@code loss[i][j]} is the loss at (alphas[i], betas[j]). */
    public record Slice(double[] alphas, double[] betas, double[][] loss) {}

    private LossLandscape() {}

    /**
     * Evaluates the grid {@code alphas × betas}. Rows are independent, so a large slice can be split by α across
     * workers and the parts joined.
     *
     * @param a direction of α, in {@link QnnParameters}' flat layout
     * @param b direction of β, same layout
     */
    public static Slice slice(QnnModel model, QnnParameters centre, double[][] x, int[] y, double[] a, double[] b,
            double[] alphas, double[] betas) {
        int count = centre.shape().parameterCount();
        if (a.length != count || b.length != count) {
            throw new IllegalArgumentException("directions need " + count + " entries, got " + a.length + " and "
                    + b.length);
        }
        double[] base = centre.values();
        QnnParameters point = new QnnParameters(centre.shape());
        double[] values = point.values();
        double[][] loss = new double[alphas.length][betas.length];
        for (int i = 0; i < alphas.length; i++) {
            for (int j = 0; j < betas.length; j++) {
                for (int k = 0; k < count; k++) {
                    values[k] = base[k] + alphas[i] * a[k] + betas[j] * b[k];
                }
                loss[i][j] = model.meanLoss(point, x, y);
            }
        }
        return new Slice(alphas.clone(), betas.clone(), loss);
    }

    /** {@code count} evenly spaced values from −radius to radius (both included; 0 is on the grid for odd counts). */
    public static double[] symmetricGrid(double radius, int count) {
        if (count < 2 || !(radius > 0)) {
            throw new IllegalArgumentException("need >= 2 points and a positive radius, got " + count + ", " + radius);
        }
        double[] grid = new double[count];
        for (int i = 0; i < count; i++) {
            grid[i] = -radius + 2 * radius * i / (count - 1);
        }
        return grid;
    }
}
