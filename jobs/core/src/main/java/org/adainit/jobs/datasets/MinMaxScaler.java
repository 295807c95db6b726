package org.adainit.jobs.datasets;

import java.util.Arrays;

/**
 * Per-feature min-max scaling fitted on the training rows: the training minimum maps to 0 and the maximum to
 * {@code upper}, so RX angles cover [0, π] one-to-one. A feature constant on the training rows carries no
 * information and maps to 0 (RX(0) leaves its wire at |0⟩). Held-out rows may fall outside the training range; with
 * {@code clip} they are clipped into [0, upper].
 */
final class MinMaxScaler {

    private final double[] min;
    private final double[] max;
    private final double upper;
    private final boolean clip;

    private MinMaxScaler(double[] min, double[] max, double upper, boolean clip) {
        this.min = min;
        this.max = max;
        this.upper = upper;
        this.clip = clip;
    }

    static MinMaxScaler fit(double[][] train, double upper, boolean clip) {
        int features = train[0].length;
        double[] min = new double[features];
        double[] max = new double[features];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] row : train) {
            for (int j = 0; j < features; j++) {
                min[j] = Math.min(min[j], row[j]);
                max[j] = Math.max(max[j], row[j]);
            }
        }
        return new MinMaxScaler(min, max, upper, clip);
    }

    double[][] apply(double[][] rows) {
        double[][] out = new double[rows.length][min.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < min.length; j++) {
                double range = max[j] - min[j];
                double scaled = range > 0 ? (rows[i][j] - min[j]) / range * upper : 0;
                out[i][j] = clip ? Math.min(upper, Math.max(0, scaled)) : scaled;
            }
        }
        return out;
    }
}
