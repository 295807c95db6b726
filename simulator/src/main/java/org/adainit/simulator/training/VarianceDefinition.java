package org.adainit.simulator.training;

/** Which values of ∂E/∂l0[0,0,0] the gradient-variance metric (Lemma 1, §2.3) takes its population variance over. */
public enum VarianceDefinition {
    /** One value per epoch, the gradient of the epoch's last mini-batch (Lemma 1; the default). */
    EPOCH_LAST_BATCH,
    /** Every optimiser step: epochs × ⌈n_train / batch⌉ values. */
    PER_STEP,
    /** One value per epoch, the mean of that epoch's step gradients. */
    EPOCH_MEAN
}
