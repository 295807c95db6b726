package org.adainit.simulator.init;

import java.util.Locale;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/** θ ~ U(lower, upper); the paper's "standard uniform" is U(0, 1). */
public final class UniformInitialiser extends DistributionInitialiser {

    private final double lower;
    private final double upper;

    public UniformInitialiser(double lower, double upper) {
        super(random -> new UniformRealDistribution(random, lower, upper));
        this.lower = lower;
        this.upper = upper;
    }

    public static UniformInitialiser standard() {
        return new UniformInitialiser(0.0, 1.0);
    }

    public double lower() {
        return lower;
    }

    public double upper() {
        return upper;
    }

    @Override
    public String law() {
        return lower == 0.0 && upper == 1.0
                ? "standard uniform"
                : String.format(Locale.ROOT, "uniform on [%s, %s]", lower, upper);
    }

    @Override
    public String name() {
        return "uniform";
    }
}
