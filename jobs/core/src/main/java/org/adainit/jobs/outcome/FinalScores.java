package org.adainit.jobs.outcome;

import org.adainit.simulator.qnn.SplitScore;

/**
 * Where one training ended up on each split of the dataset (Table 1's train:validation:test): the loss and accuracy
 * of its final parameters. The validation and test splits never enter the search; they say whether a higher gradient
 * variance at θ0 buys a better classifier.
 */
public record FinalScores(SplitScore train, SplitScore validation, SplitScore test) {}
