package org.adainit.jobs.datasets;

import java.util.List;

/**
 * A dataset ready for the QNN: three splits whose rows hold d = min(F, qubits) angles in [0, angleMax] (validation
 * and test clipped unless the options say otherwise) and labels in {0, 1}, with what the prompt and the tables need
 * to know about it. Immutable and safe to share between threads.
 *
 * @param dataset which dataset
 * @param qubits the qubit count the features were reduced for
 * @param seed the seed of the split
 * @param options the preprocessing choices in force
 * @param description the catalog's one-sentence description, for the prompt's data_desc slot
 * @param classNames names of class 0 and class 1
 * @param features the F raw features before reduction
 * @param poolSize rows in the binary pool
 * @param poolClassCounts pool rows per class, {@code [class 0, class 1]}
 * @param dimension d, the angles per row
 */
public record PreparedDataset(
        Dataset dataset,
        int qubits,
        long seed,
        PreprocessingOptions options,
        String description,
        List<String> classNames,
        List<Feature> features,
        int poolSize,
        int[] poolClassCounts,
        int dimension,
        Split train,
        Split validation,
        Split test) {

    public PreparedDataset {
        classNames = List.copyOf(classNames);
        features = List.copyOf(features);
        poolClassCounts = poolClassCounts.clone();
    }

    /** F, the raw feature count. */
    public int featureCount() {
        return features.size();
    }

    @Override
    public int[] poolClassCounts() {
        return poolClassCounts.clone();
    }
}
