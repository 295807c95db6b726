package org.adainit.simulator.init;

import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;
import org.apache.commons.math3.random.RandomGenerator;

/** A law for the initial parameters θ0 of a QNN: the prior of the search and the "Classic" baselines. */
public interface Initialiser {

    /** Draws l0, l1 and l2 i.i.d. from this law (the appendix prompt asks for all three from the one law). */
    QnnParameters sample(QnnShape shape, RandomGenerator random);

    /** The exact law in words, as the prompt's {init} slot states it, e.g. "uniform on [0, 1]". */
    String law();

    /** Short machine name for tables: uniform, normal, beta, gainit, beinit. */
    String name();

    /** Where this law's draws fall: [low, high] for the uniform, [0, 1] for the beta laws, the real line for normal. */
    Support support();
}
