package org.adainit.jobs.testing;

import org.adainit.simulator.init.Initialiser;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.apache.commons.math3.random.RandomGenerator;

/** A uniform prior on [low, high) for tests of the jobs module, independent of the simulator's initialisers. */
public record TestPrior(double low, double high, boolean standard) implements Initialiser {

    /** The paper's standard uniform U(0, 1). */
    public static TestPrior standardUniform() {
        return new TestPrior(0, 1, true);
    }

    @Override
    public QnnParameters sample(QnnShape shape, RandomGenerator random) {
        double[] values = new double[shape.parameterCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = low + (high - low) * random.nextDouble();
        }
        return new QnnParameters(shape, values);
    }

    @Override
    public String law() {
        return "uniform on [" + low + ", " + high + "]";
    }

    @Override
    public String name() {
        return "uniform";
    }
}
