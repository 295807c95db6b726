package org.adainit.simulator.init;

import java.util.Locale;
import org.apache.commons.math3.distribution.BetaDistribution;

/** θ ~ Beta(alpha, beta); BeInit's prior is a Beta fitted to the training features ({@link BeInit}). */
public final class BetaInitialiser extends DistributionInitialiser {

    private final double alpha;
    private final double beta;
    private final String name;

    public BetaInitialiser(double alpha, double beta) {
        this("beta", alpha, beta);
    }

    BetaInitialiser(String name, double alpha, double beta) {
        super(random -> new BetaDistribution(random, alpha, beta));
        if (!(alpha > 0) || !(beta > 0)) {
            throw new IllegalArgumentException("Beta parameters must be positive, got " + alpha + ", " + beta);
        }
        this.name = name;
        this.alpha = alpha;
        this.beta = beta;
    }

    public double alpha() {
        return alpha;
    }

    public double beta() {
        return beta;
    }

    @Override
    public String law() {
        return String.format(Locale.ROOT, "beta with alpha %.4f and beta %.4f", alpha, beta);
    }

    @Override
    public String name() {
        return name;
    }
}
