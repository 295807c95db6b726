package org.adainit.simulator.training;

/**
 * Sees the full gradient (l0, l1, l2 in {@link org.adainit.simulator.qnn.QnnParameters}' flat layout) of every
 * optimiser step, before Adam uses it; for diagnostics such as per-epoch gradient-magnitude distributions. The array
 * is the trainer's live buffer: read it, do not keep or change it.
 */
@FunctionalInterface
public interface GradientObserver {

    /**
     * @param epoch 1-based epoch
     * @param step 1-based optimiser step over the whole run
     */
    void step(int epoch, int step, double[] gradient);
}
