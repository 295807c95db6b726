package org.adainit.simulator.qnn;

import java.io.Serializable;

/**
 * How well fixed parameters classify a labelled set: the mean cross-entropy and the share of samples whose largest
 * logit is the label (the quality a gradient-variance metric is meant to predict).
 */
public record SplitScore(double loss, double accuracy) implements Serializable {}
