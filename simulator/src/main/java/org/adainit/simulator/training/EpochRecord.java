package org.adainit.simulator.training;

/**
 * One epoch of a training run.
 *
 * @param loss mean cross-entropy over the epoch's samples, each at the parameters its mini-batch saw
 * @param accuracy share of the epoch's samples classified correctly by those same forward passes
 * @param trackedGradient ∂E/∂l0[0,0,0] at the epoch's last mini-batch
 * @param gradientNorm Euclidean norm of the full gradient (l0, l1, l2) at the epoch's last mini-batch
 */
public record EpochRecord(int epoch, double loss, double accuracy, double trackedGradient, double gradientNorm) {}
