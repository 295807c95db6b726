package org.adainit.jobs.statistics;

import java.util.Arrays;

/**
 * The average ranks of a resample drawn with replacement from fixed values (ties share the mean of their positions,
 * as in Commons Math's {@code NaturalRanking}, so the ranks are equal to its), in time linear in the sample: the
 * values' order is sorted once, and a resample's ranks follow from how often it drew each distinct value. A bootstrap
 * of a rank statistic ranks thousands of resamples, where sorting each one took most of a table build.
 */
final class ResampledRanks {

    private final double[] values;
    /** Per value, the position of its distinct level in ascending order (as {@link Double#compare} orders). */
    private final int[] level;
    /** Per level, how often the current resample drew it. */
    private final int[] drawn;
    /** Per level, its average rank in the current resample. */
    private final double[] levelRank;

    ResampledRanks(double[] values) {
        this.values = values.clone();
        double[] levels = Arrays.stream(values).sorted().distinct().toArray();
        level = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            level[i] = Arrays.binarySearch(levels, values[i]);
        }
        drawn = new int[levels.length];
        levelRank = new double[levels.length];
    }

    /** True when every drawn value equals the first (so the resample has no ranking). */
    boolean constant(int[] picks) {
        double first = values[picks[0]];
        for (int pick : picks) {
            if (values[pick] != first) {
                return false;
            }
        }
        return true;
    }

    /** Ranks the resample whose i-th value is {@code values[picks[i]]}; read them with {@link #rankOf}. */
    void rank(int[] picks) {
        Arrays.fill(drawn, 0);
        for (int pick : picks) {
            drawn[level[pick]]++;
        }
        int below = 0;
        for (int k = 0; k < drawn.length; k++) {
            int copies = drawn[k];
            if (copies > 0) {
                // Positions below + 1 … below + copies share their mean, NaturalRanking's AVERAGE rule.
                levelRank[k] = (2.0 * (below + 1) + copies - 1) / 2;
                below += copies;
            }
        }
    }

    /** The rank, in the resample last ranked, of the value at {@code pick}. */
    double rankOf(int pick) {
        return levelRank[level[pick]];
    }
}
