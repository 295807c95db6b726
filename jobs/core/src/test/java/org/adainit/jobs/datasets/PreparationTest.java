package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.adainit.jobs.input.InputException;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class PreparationTest {

    private static final SplitSizes SIZES = new SplitSizes(40, 10, 10);
    private static final PreprocessingOptions OPTIONS = PreprocessingOptions.paper().withSplitSizes(SIZES);

    /** A pool of 70 rows (35 per class) with {@code features} random features, class 1 shifted by 1. */
    private static BinaryPool pool(int features, long seed) {
        RandomGenerator random = new Well19937c(seed);
        double[][] x = new double[70][features];
        int[] y = new int[70];
        for (int i = 0; i < x.length; i++) {
            y[i] = i % 2;
            for (int j = 0; j < features; j++) {
                x[i][j] = random.nextGaussian() * (j + 1) + y[i];
            }
        }
        List<Feature> names = IntStream.range(0, features).mapToObj(j -> Feature.complete("f" + j)).toList();
        return new BinaryPool(names, List.of("a", "b"), x, y);
    }

    /** The same pool with every held-out row (validation and test of {@code seed}) multiplied by 100. */
    private static BinaryPool withExtremeHeldOutRows(BinaryPool pool, long seed) {
        SplitIndices split = StratifiedSplit.draw(pool.y(), SIZES, seed, "fixture");
        double[][] x = pool.x();
        IntStream.concat(IntStream.of(split.validation()), IntStream.of(split.test())).forEach(i -> {
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] *= 100;
            }
        });
        return new BinaryPool(pool.features(), pool.classNames(), x, pool.y());
    }

    private static PreparedDataset prepare(BinaryPool pool, int qubits, long seed, PreprocessingOptions options) {
        return Datasets.prepare(Dataset.WINE, pool, "fixture", qubits, seed, options);
    }

    @Test
    void pcaAndScalingAreFittedOnTheTrainingSplitOnly() {
        BinaryPool pool = pool(6, 1);
        PreparedDataset plain = prepare(pool, 3, 9, OPTIONS);
        PreparedDataset extreme = prepare(withExtremeHeldOutRows(pool, 9), 3, 9, OPTIONS);

        // Fitting on all rows would let the ×100 held-out rows move the mean, the directions and the ranges.
        assertTrue(Arrays.deepEquals(plain.train().x(), extreme.train().x()));
        assertFalse(Arrays.deepEquals(plain.test().x(), extreme.test().x()));
    }

    @Test
    void trainingFeaturesSpanExactlyZeroToPiAndHeldOutOnesAreClipped() {
        BinaryPool pool = withExtremeHeldOutRows(pool(6, 2), 5);
        PreparedDataset data = prepare(pool, 3, 5, OPTIONS);

        assertEquals(3, data.dimension());
        double[][] train = data.train().x();
        for (int k = 0; k < 3; k++) {
            int column = k;
            assertEquals(0, Arrays.stream(train).mapToDouble(row -> row[column]).min().orElseThrow());
            assertEquals(Math.PI, Arrays.stream(train).mapToDouble(row -> row[column]).max().orElseThrow());
        }
        double[] heldOut = Arrays.stream(data.test().x()).flatMapToDouble(Arrays::stream).toArray();
        assertTrue(Arrays.stream(heldOut).allMatch(v -> v >= 0 && v <= Math.PI));
        assertTrue(Arrays.stream(heldOut).anyMatch(v -> v == 0 || v == Math.PI), "×100 rows leave the range");

        PreprocessingOptions unclipped = new PreprocessingOptions(FeatureReduction.PCA, Math.PI, false,
                OPTIONS.splitSizes());
        double[] raw = Arrays.stream(prepare(pool, 3, 5, unclipped).test().x()).flatMapToDouble(Arrays::stream)
                .toArray();
        assertTrue(Arrays.stream(raw).anyMatch(v -> v < 0 || v > Math.PI));
    }

    @Test
    void featuresAreKeptAsTheyAreWhenTheyFitOnTheQubits() {
        BinaryPool pool = pool(3, 3);
        PreparedDataset data = prepare(pool, 5, 7, OPTIONS);

        assertEquals(3, data.dimension());
        // Without PCA each angle is the raw feature min-max scaled, so the row order of every feature is kept.
        double[][] raw = pool.rows(data.train().poolRows());
        double[][] angles = data.train().x();
        for (int i = 1; i < raw.length; i++) {
            assertEquals(Double.compare(raw[i][2], raw[0][2]), Double.compare(angles[i][2], angles[0][2]));
        }
    }

    @Test
    void truncationKeepsTheFirstFeatures() {
        BinaryPool pool = pool(6, 4);
        PreparedDataset data = prepare(pool, 2, 7, OPTIONS.withReduction(FeatureReduction.TRUNCATE));

        double[][] raw = pool.rows(data.train().poolRows());
        int argmin = IntStream.range(0, raw.length).reduce((a, b) -> raw[a][1] <= raw[b][1] ? a : b).orElseThrow();
        assertEquals(0, data.train().x()[argmin][1], "feature 1 stays feature 1");
    }

    @Test
    void splitsAreStratifiedDisjointAndSeeded() {
        BinaryPool pool = pool(4, 5);
        PreparedDataset first = prepare(pool, 4, 11, OPTIONS);
        PreparedDataset same = prepare(pool, 4, 11, OPTIONS);
        PreparedDataset other = prepare(pool, 4, 12, OPTIONS);

        assertArrayEquals(new int[] {20, 20}, first.train().classCounts());
        assertArrayEquals(new int[] {5, 5}, first.test().classCounts());
        assertEquals(60, IntStream.of(concat(first)).distinct().count());
        assertTrue(Arrays.deepEquals(first.train().x(), same.train().x()));
        assertFalse(Arrays.equals(first.train().poolRows(), other.train().poolRows()));
        assertArrayEquals(pool.labels(first.validation().poolRows()), first.validation().y());
    }

    @Test
    void missingValuesAreFilledWithTrainingStatistics() {
        double[][] x = new double[12][];
        int[] y = new int[12];
        for (int i = 0; i < 12; i++) {
            y[i] = i % 2;
            x[i] = new double[] {i, i % 3 == 0 ? Double.NaN : 10 + i};
        }
        BinaryPool pool = new BinaryPool(
                List.of(Feature.complete("id"), new Feature("age", MissingValueFill.TRAIN_MEDIAN)), List.of("a", "b"),
                x, y);
        PreparedDataset data = prepare(pool, 2, 1, PreprocessingOptions.paper().withSplitSizes(new SplitSizes(8, 2, 2)));

        assertTrue(Arrays.stream(data.train().x()).flatMapToDouble(Arrays::stream).noneMatch(Double::isNaN));
        assertTrue(Arrays.stream(data.test().x()).flatMapToDouble(Arrays::stream).noneMatch(Double::isNaN));
    }

    @Test
    void zeroQubitsIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> prepare(pool(3, 1), 0, 1, OPTIONS));
        assertEquals("qubits must be at least 1, got 0", e.getMessage());
    }

    private static int[] concat(PreparedDataset data) {
        return IntStream.concat(IntStream.concat(IntStream.of(data.train().poolRows()),
                IntStream.of(data.validation().poolRows())), IntStream.of(data.test().poolRows())).toArray();
    }
}
