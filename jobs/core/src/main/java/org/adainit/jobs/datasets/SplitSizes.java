package org.adainit.jobs.datasets;

/**
 * Exact row counts of the three splits, train:validation:test, as in the paper's Table 1.
 *
 * @param train rows the QNN trains on
 * @param validation rows held out for diagnostics
 * @param test rows held out for diagnostics
 */
public record SplitSizes(int train, int validation, int test) {

    public SplitSizes {
        if (train < 1 || validation < 0 || test < 0) {
            throw new IllegalArgumentException(
                    "split sizes need train >= 1 and validation, test >= 0, got " + train + ":" + validation + ":" + test);
        }
    }

    /** Rows drawn from the pool altogether. */
    public int total() {
        return train + validation + test;
    }

    @Override
    public String toString() {
        return train + ":" + validation + ":" + test;
    }
}
