package org.adainit.simulator.fast;

/** Sums of a table over the indices with a given bit set, for every bit at once. */
final class SetSums {

    private SetSums() {}

    /**
     * For every bit b < count of the index of {@code values}, writes Σ_{k: bit b set} values[k] into
     * {@code out[offset + b]} and returns Σ values. Folds the top bit away at each step, so the work is 2·|values|
     * instead of count·|values|. Overwrites {@code values}.
     */
    static double fold(double[] values, int count, double[] out, int offset) {
        for (int b = count - 1; b >= 0; b--) {
            int half = 1 << b;
            double set = 0;
            for (int k = 0; k < half; k++) {
                set += values[k + half];
                values[k] += values[k + half];
            }
            out[offset + b] = set;
        }
        return values[0];
    }
}
