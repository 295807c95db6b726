package org.adainit.jobs.datasets;

/**
 * Pool row indices of the three splits, each ascending; no index appears in two splits.
 *
 * @param train rows to train on
 * @param validation held-out rows
 * @param test held-out rows
 */
public record SplitIndices(int[] train, int[] validation, int[] test) {}
