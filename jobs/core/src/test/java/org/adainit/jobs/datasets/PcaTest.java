package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.adainit.jobs.input.InputException;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.junit.jupiter.api.Test;

class PcaTest {

    /** Points spread mostly along (1, 1, 0)/√2 (sd 5), then along (0, 0, -1) (sd 1), hardly along (1, -1, 0). */
    private static double[][] elongated(int n, long seed) {
        RandomGenerator random = new Well19937c(seed);
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double a = 5 * random.nextGaussian();
            double b = random.nextGaussian();
            double c = 0.05 * random.nextGaussian();
            rows[i] = new double[] {10 + (a + c) / Math.sqrt(2), -3 + (a - c) / Math.sqrt(2), 7 - b};
        }
        return rows;
    }

    @Test
    void findsTheDirectionsOfLargestVarianceWithACanonicalSign() {
        double[][] directions = Pca.fit(elongated(5000, 1), 2).directions();

        // Sampling noise tilts the estimates by about corr(a, b) · sd_b / sd_a ≈ 0.014 / 5; 0.02 is a wide margin.
        double s = 1 / Math.sqrt(2);
        assertEquals(s, directions[0][0], 0.02);
        assertEquals(s, directions[0][1], 0.02);
        assertEquals(0, directions[0][2], 0.02);
        // (0, 0, -1) comes out as (0, 0, 1): the largest-magnitude entry is made positive.
        assertEquals(1, directions[1][2], 0.02);
    }

    @Test
    void projectedTrainingRowsAreCentredUncorrelatedAndByDecreasingVariance() {
        double[][] train = elongated(300, 2);
        double[][] projected = Pca.fit(train, 3).apply(train);

        double[][] covariance = new Covariance(projected).getCovarianceMatrix().getData();
        for (int k = 0; k < 3; k++) {
            int column = k;
            assertEquals(0, Arrays.stream(projected).mapToDouble(row -> row[column]).average().orElseThrow(), 1e-9);
            for (int l = 0; l < k; l++) {
                assertEquals(0, covariance[k][l], 1e-9);
            }
        }
        assertTrue(covariance[0][0] > covariance[1][1] && covariance[1][1] > covariance[2][2]);
    }

    @Test
    void worksWithFewerRowsThanFeaturesAsForMnist() {
        RandomGenerator random = new Well19937c(3);
        double[][] wide = new double[30][100];
        for (double[] row : wide) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextDouble();
            }
        }
        double[][] projected = Pca.fit(wide, 5).apply(wide);

        assertEquals(5, projected[0].length);
        double[][] covariance = new Covariance(projected).getCovarianceMatrix().getData();
        assertEquals(0, covariance[0][1], 1e-9);
    }

    @Test
    void tooFewRowsForTheComponentsIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> Pca.fit(new double[][] {{1, 2, 3}, {4, 5, 6}}, 3));
        assertEquals("PCA to 3 components needs at least 3 training rows and features, got 2 rows of 3 features",
                e.getMessage());
    }
}
