package org.adainit.jobs.datasets;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of a dataset's first two classes, before any split or scaling: raw feature values (NaN where the upstream
 * file has no value) and labels 0 or 1. Immutable: accessors return copies, so a pool cached per JVM can be shared by
 * every thread.
 */
public final class BinaryPool {

    private final List<Feature> features;
    private final List<String> classNames;
    private final double[][] x;
    private final int[] y;

    /**
     * @param features one entry per column of {@code x}
     * @param classNames names of class 0 and class 1
     * @param x rows × features
     * @param y labels in {0, 1}, one per row
     */
    public BinaryPool(List<Feature> features, List<String> classNames, double[][] x, int[] y) {
        if (classNames.size() != 2) {
            throw new IllegalArgumentException("a binary pool has 2 class names, got " + classNames);
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows but " + y.length + " labels");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != features.size()) {
                throw new IllegalArgumentException(
                        "row " + i + " has " + x[i].length + " values, expected " + features.size());
            }
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("row " + i + " has label " + y[i] + ", expected 0 or 1");
            }
        }
        this.features = List.copyOf(features);
        this.classNames = List.copyOf(classNames);
        this.x = deepCopy(x);
        this.y = y.clone();
    }

    public List<Feature> features() {
        return features;
    }

    public int featureCount() {
        return features.size();
    }

    public List<String> classNames() {
        return classNames;
    }

    public int size() {
        return y.length;
    }

    /** All rows, a copy. */
    public double[][] x() {
        return deepCopy(x);
    }

    /** All labels, a copy. */
    public int[] y() {
        return y.clone();
    }

    /** Copies of the given rows, in the given order. */
    public double[][] rows(int[] indices) {
        double[][] out = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            out[i] = x[indices[i]].clone();
        }
        return out;
    }

    /** Labels of the given rows, in the given order. */
    public int[] labels(int[] indices) {
        return Arrays.stream(indices).map(i -> y[i]).toArray();
    }

    /** Rows per class: {@code [count of 0, count of 1]}. */
    public int[] classCounts() {
        return countClasses(y);
    }

    static int[] countClasses(int[] labels) {
        int[] counts = new int[2];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    static double[][] deepCopy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }
}
