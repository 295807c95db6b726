package org.adainit.simulator.init;

/**
 * BeInit (Kulshrestha &amp; Safro, BEINIT {@code init_beta_ebayes}): flatten the training features, min-max them globally
 * to [0, 1], move exact 0 and 1 inward by 1e-8, and fit Beta(α̂, β̂) by maximum likelihood with loc 0, scale 1.
 */
public final class BeInit {

    static final double BOUNDARY_NUDGE = 1e-8;

    private BeInit() {}

    public static BetaInitialiser fit(double[][] trainingFeatures) {
        double[] scaled = globallyScaled(trainingFeatures);
        BetaMaximumLikelihood.Estimate estimate = BetaMaximumLikelihood.fit(scaled);
        return new BetaInitialiser("beinit", estimate.alpha(), estimate.beta());
    }

    static double[] globallyScaled(double[][] features) {
        int count = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : features) {
            for (double v : row) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                count++;
            }
        }
        if (count < 2 || !(max > min)) {
            throw new IllegalArgumentException("BeInit needs at least two distinct feature values");
        }
        double[] scaled = new double[count];
        int k = 0;
        for (double[] row : features) {
            for (double v : row) {
                double s = (v - min) / (max - min);
                scaled[k++] = s <= 0.0 ? BOUNDARY_NUDGE : s >= 1.0 ? 1.0 - BOUNDARY_NUDGE : s;
            }
        }
        return scaled;
    }
}
