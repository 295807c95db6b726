package org.adainit.jobs.datasets;

import java.util.Arrays;
import org.adainit.jobs.input.InputException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Principal component analysis fitted on the training rows: centred on their mean, directions from the SVD of the
 * centred matrix (which, unlike a covariance eigendecomposition, stays cheap for MNIST's 320 × 784). Each direction's
 * sign is fixed so that its largest-magnitude entry is positive (the first such entry on a tie), so a fit is
 * reproducible across platforms.
 */
final class Pca {

    private final double[] mean;
    /** components × features, unit rows, by decreasing explained variance. */
    private final double[][] directions;

    private Pca(double[] mean, double[][] directions) {
        this.mean = mean;
        this.directions = directions;
    }

    static Pca fit(double[][] train, int components) {
        int features = train[0].length;
        if (components > Math.min(train.length, features)) {
            throw new InputException("PCA to " + components + " components needs at least " + components
                    + " training rows and features, got " + train.length + " rows of " + features + " features");
        }
        double[] mean = new double[features];
        for (int j = 0; j < features; j++) {
            int column = j;
            mean[j] = StatUtils.mean(Arrays.stream(train).mapToDouble(row -> row[column]).toArray());
        }
        double[][] centred = new double[train.length][features];
        for (int i = 0; i < train.length; i++) {
            for (int j = 0; j < features; j++) {
                centred[i][j] = train[i][j] - mean[j];
            }
        }
        RealMatrix v = new SingularValueDecomposition(new Array2DRowRealMatrix(centred, false)).getV();
        double[][] directions = new double[components][];
        for (int k = 0; k < components; k++) {
            directions[k] = withCanonicalSign(v.getColumn(k));
        }
        return new Pca(mean, directions);
    }

    /** Rows projected on the directions: rows × components. */
    double[][] apply(double[][] rows) {
        double[][] out = new double[rows.length][directions.length];
        for (int i = 0; i < rows.length; i++) {
            for (int k = 0; k < directions.length; k++) {
                double sum = 0;
                for (int j = 0; j < mean.length; j++) {
                    sum += (rows[i][j] - mean[j]) * directions[k][j];
                }
                out[i][k] = sum;
            }
        }
        return out;
    }

    /** The unit directions, components × features (a copy). */
    double[][] directions() {
        return BinaryPool.deepCopy(directions);
    }

    private static double[] withCanonicalSign(double[] direction) {
        int largest = 0;
        for (int j = 1; j < direction.length; j++) {
            if (Math.abs(direction[j]) > Math.abs(direction[largest])) {
                largest = j;
            }
        }
        if (direction[largest] < 0) {
            for (int j = 0; j < direction.length; j++) {
                direction[j] = -direction[j];
            }
        }
        return direction;
    }
}
