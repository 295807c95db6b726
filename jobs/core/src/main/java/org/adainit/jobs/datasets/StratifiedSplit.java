package org.adainit.jobs.datasets;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.adainit.jobs.input.InputException;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

/**
 * Draws train, validation and test rows with the exact sizes asked for, each split holding the classes in the pool's
 * proportions. Every split's per-class count is its size times the class share, rounded by largest remainder (ties to
 * the lower class), e.g. Iris 60:20:20 of 50/50 → 30/30, 10/10, 10/10; Titanic test 179 of 549/342 → 110/69. Each
 * class's rows are shuffled once with a {@link Well19937c} seeded from {@code seed}; test takes the first rows of that
 * order, validation the next, train the next. So Titanic's 179 test rows are a stratified 20 % of all 891 (as sklearn's
 * {@code test_size=0.2}) and its 320 + 80 a stratified subsample of the other 712; MNIST's 800 are a stratified sample
 * of the 12665. Rows the sizes do not ask for stay unused.
 */
public final class StratifiedSplit {

    private StratifiedSplit() {}

    /**
     * @param labels pool labels in {0, 1}
     * @param what the pool's name for messages
     * @throws InputException when the pool cannot supply the sizes
     */
    public static SplitIndices draw(int[] labels, SplitSizes sizes, long seed, String what) {
        int[] classCounts = BinaryPool.countClasses(labels);
        if (sizes.total() > labels.length) {
            throw new InputException("split sizes " + sizes + " need " + sizes.total() + " rows but the " + what
                    + " pool has " + labels.length);
        }
        int[] testQuota = quota(sizes.test(), classCounts, labels.length);
        int[] validationQuota = quota(sizes.validation(), classCounts, labels.length);
        int[] trainQuota = quota(sizes.train(), classCounts, labels.length);
        RandomGenerator random = new Well19937c(seed);
        int[][] test = new int[2][];
        int[][] validation = new int[2][];
        int[][] train = new int[2][];
        for (int c = 0; c < 2; c++) {
            int label = c;
            int[] rows = IntStream.range(0, labels.length).filter(i -> labels[i] == label).toArray();
            if (testQuota[c] + validationQuota[c] + trainQuota[c] > rows.length) {
                throw new InputException("split sizes " + sizes + " need " + (testQuota[c] + validationQuota[c]
                        + trainQuota[c]) + " rows of class " + c + " but the " + what + " pool has " + rows.length);
            }
            MathArrays.shuffle(rows, random);
            test[c] = Arrays.copyOfRange(rows, 0, testQuota[c]);
            validation[c] = Arrays.copyOfRange(rows, testQuota[c], testQuota[c] + validationQuota[c]);
            train[c] = Arrays.copyOfRange(rows, testQuota[c] + validationQuota[c],
                    testQuota[c] + validationQuota[c] + trainQuota[c]);
        }
        return new SplitIndices(merge(train), merge(validation), merge(test));
    }

    /** Per-class counts summing to {@code size}, proportional to the class counts, by largest remainder. */
    static int[] quota(int size, int[] classCounts, int total) {
        int[] quota = new int[classCounts.length];
        long[] remainder = new long[classCounts.length];
        int assigned = 0;
        for (int c = 0; c < classCounts.length; c++) {
            quota[c] = (int) ((long) size * classCounts[c] / total);
            remainder[c] = (long) size * classCounts[c] % total;
            assigned += quota[c];
        }
        for (; assigned < size; assigned++) {
            int best = 0;
            for (int c = 1; c < classCounts.length; c++) {
                if (remainder[c] > remainder[best]) {
                    best = c;
                }
            }
            quota[best]++;
            remainder[best] = -1;
        }
        return quota;
    }

    private static int[] merge(int[][] perClass) {
        return Arrays.stream(perClass).flatMapToInt(Arrays::stream).sorted().toArray();
    }
}
