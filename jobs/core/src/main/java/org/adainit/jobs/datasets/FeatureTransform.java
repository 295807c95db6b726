package org.adainit.jobs.datasets;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The whole feature pipeline of docs/datasets.md, fitted once on the training split and applied unchanged to every
 * split: fill missing values, reduce F features to d = min(F, qubits) (PCA or truncation, none when F ≤ qubits), then
 * min-max to [0, angleMax]. Nothing in it ever sees a validation or test row while fitting.
 */
final class FeatureTransform {

    private final Imputer imputer;
    private final Optional<Pca> pca;
    private final int dimension;
    private final MinMaxScaler scaler;

    private FeatureTransform(Imputer imputer, Optional<Pca> pca, int dimension, MinMaxScaler scaler) {
        this.imputer = imputer;
        this.pca = pca;
        this.dimension = dimension;
        this.scaler = scaler;
    }

    static FeatureTransform fit(double[][] train, List<Feature> features, int qubits, PreprocessingOptions options) {
        Imputer imputer = Imputer.fit(train, features);
        double[][] filled = imputer.apply(train);
        int dimension = Math.min(features.size(), qubits);
        Optional<Pca> pca = features.size() > qubits && options.reduction() == FeatureReduction.PCA
                ? Optional.of(Pca.fit(filled, dimension))
                : Optional.empty();
        double[][] reduced = reduce(filled, pca, dimension);
        MinMaxScaler scaler = MinMaxScaler.fit(reduced, options.angleMax(), options.clipHeldOut());
        return new FeatureTransform(imputer, pca, dimension, scaler);
    }

    /** d, the number of angles per row. */
    int dimension() {
        return dimension;
    }

    double[][] apply(double[][] rows) {
        return scaler.apply(reduce(imputer.apply(rows), pca, dimension));
    }

    private static double[][] reduce(double[][] rows, Optional<Pca> pca, int dimension) {
        return pca.map(p -> p.apply(rows))
                .orElseGet(() -> Arrays.stream(rows).map(row -> Arrays.copyOf(row, dimension)).toArray(double[][]::new));
    }
}
