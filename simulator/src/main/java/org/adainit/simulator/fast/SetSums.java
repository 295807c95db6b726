package org.adainit.simulator.fast;

/**
 * Sums of a table over the indices with a given bit set, for every bit at once, and its converse: a table of
 * Σ_b ±weight_b by index. Both are how ⟨Z_w⟩ for all w and λ = Σ_w g_w Z_w ψ cost O(2^n) instead of O(n·2^n).
 */
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

    /**
     * Fills table[k] = Σ_{b < count} (bit b of k clear ? +1 : −1)·weights[first + b], for k < 2^count: the
     * eigenvalues of Σ_b weight_b·Z_b, doubled up one bit at a time.
     */
    static void fillZEigenvalues(double[] table, double[] weights, int first, int count) {
        table[0] = 0;
        for (int i = 0; i < count; i++) {
            double weight = weights[first + i];
            int size = 1 << i;
            for (int a = 0; a < size; a++) {
                table[a | size] = table[a] - weight;
                table[a] += weight;
            }
        }
    }
}
