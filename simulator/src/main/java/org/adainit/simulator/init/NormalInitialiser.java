package org.adainit.simulator.init;

import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;

/** θ ~ N(mean, std²); the paper's "standard normal" is N(0, 1), GaInit's is N(0, γ²). */
public final class NormalInitialiser extends DistributionInitialiser {

    private final double mean;
    private final double standardDeviation;
    private final String name;

    public NormalInitialiser(double mean, double standardDeviation) {
        this("normal", mean, standardDeviation);
    }

    NormalInitialiser(String name, double mean, double standardDeviation) {
        super(random -> new NormalDistribution(
                random, mean, standardDeviation, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY));
        this.name = name;
        this.mean = mean;
        this.standardDeviation = standardDeviation;
    }

    public static NormalInitialiser standard() {
        return new NormalInitialiser(0.0, 1.0);
    }

    public double mean() {
        return mean;
    }

    public double standardDeviation() {
        return standardDeviation;
    }

    @Override
    public String law() {
        return mean == 0.0 && standardDeviation == 1.0
                ? "standard normal"
                : String.format(Locale.ROOT, "normal with mean %s and std %.6g", mean, standardDeviation);
    }

    @Override
    public String name() {
        return name;
    }
}
