package org.adainit.jobs.datasets;

import java.util.Arrays;
import java.util.List;
import org.adainit.jobs.input.InputException;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Fills missing (NaN) feature values with statistics of the training rows, per {@link MissingValueFill}. */
final class Imputer {

    /** Fill value per feature; NaN where the feature is never filled. */
    private final double[] fills;

    private Imputer(double[] fills) {
        this.fills = fills;
    }

    static Imputer fit(double[][] train, List<Feature> features) {
        double[] fills = new double[features.size()];
        for (int j = 0; j < fills.length; j++) {
            int column = j;
            double[] known = Arrays.stream(train).mapToDouble(row -> row[column]).filter(v -> !Double.isNaN(v)).toArray();
            MissingValueFill fill = features.get(j).fill();
            if (fill != MissingValueFill.NONE && known.length == 0) {
                throw new InputException("cannot fill missing " + features.get(j).name()
                        + ": no training row has a value");
            }
            fills[j] = switch (fill) {
                case NONE -> Double.NaN;
                // R-7 is numpy's and pandas' median: the mean of the two middle values for an even count.
                case TRAIN_MEDIAN -> new Median().withEstimationType(Percentile.EstimationType.R_7).evaluate(known);
                case TRAIN_MODE -> StatUtils.mode(known)[0];
            };
        }
        return new Imputer(fills);
    }

    /** The fill value of each feature; NaN for features that are never filled. */
    double[] fills() {
        return fills.clone();
    }

    double[][] apply(double[][] rows) {
        double[][] out = BinaryPool.deepCopy(rows);
        for (double[] row : out) {
            for (int j = 0; j < row.length; j++) {
                if (Double.isNaN(row[j])) {
                    row[j] = fills[j];
                }
            }
        }
        return out;
    }
}
