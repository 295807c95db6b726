package org.adainit.jobs.datasets;

/** How a feature's missing values (NaN in the pool) are filled; the statistic is taken on the training split only. */
public enum MissingValueFill {
    /** The feature is never missing: a reader rejects an empty cell. */
    NONE,
    /** Median of the training values (numpy's definition: the mean of the two middle values for an even count). */
    TRAIN_MEDIAN,
    /** Most frequent training value; the smallest value wins a tie, so the fill is deterministic. */
    TRAIN_MODE
}
