package org.adainit.simulator.init;

import java.util.function.Function;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.JDKRandomGenerator;
import org.apache.commons.math3.random.RandomGenerator;

/** Draws every entry of l0, l1 and l2 i.i.d. from one Commons Math distribution. */
abstract class DistributionInitialiser implements Initialiser {

    private final Function<RandomGenerator, RealDistribution> distribution;
    private final Support support;

    DistributionInitialiser(Function<RandomGenerator, RealDistribution> distribution) {
        this.distribution = distribution;
        // Read from the distribution that draws, so the support cannot disagree with the law. The generator is only
        // needed to build the distribution; nothing is drawn from it.
        RealDistribution law = distribution.apply(new JDKRandomGenerator(0));
        this.support = new Support(law.getSupportLowerBound(), law.getSupportUpperBound());
    }

    @Override
    public final QnnParameters sample(QnnShape shape, RandomGenerator random) {
        RealDistribution law = distribution.apply(random);
        double[] values = law.sample(shape.parameterCount());
        return new QnnParameters(shape, values);
    }

    @Override
    public final Support support() {
        return support;
    }

    @Override
    public String toString() {
        return name() + ": " + law();
    }
}
