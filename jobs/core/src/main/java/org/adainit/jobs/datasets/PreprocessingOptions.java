package org.adainit.jobs.datasets;

import java.util.Optional;

/**
 * The preprocessing choices the paper leaves open (docs/datasets.md), each with the project's default from
 * {@link #paper()}. Fixed, not options: the first two classes form the pool, splits are stratified, missing values
 * are filled from the training split (Titanic Age and Fare by median, Embarked by mode), and MNIST pixels are
 * divided by 255.
 *
 * @param reduction how to go from F features to min(F, qubits) when F > qubits
 * @param angleMax the training split's per-feature minimum maps to 0 and maximum to this angle
 * @param clipHeldOut clip validation and test features into [0, angleMax] (they can fall outside the training range)
 * @param splitSizes sizes replacing Table 1's, e.g. for a smaller pool; empty for the paper's
 */
public record PreprocessingOptions(
        FeatureReduction reduction, double angleMax, boolean clipHeldOut, Optional<SplitSizes> splitSizes) {

    public PreprocessingOptions {
        if (!(angleMax > 0) || !Double.isFinite(angleMax)) {
            throw new IllegalArgumentException("angleMax must be a positive finite angle, got " + angleMax);
        }
    }

    /** The defaults of docs/datasets.md: PCA, min-max to [0, π] with clipping, Table 1 split sizes. */
    public static PreprocessingOptions paper() {
        return new PreprocessingOptions(FeatureReduction.PCA, Math.PI, true, Optional.empty());
    }

    public PreprocessingOptions withSplitSizes(SplitSizes sizes) {
        return new PreprocessingOptions(reduction, angleMax, clipHeldOut, Optional.of(sizes));
    }

    public PreprocessingOptions withReduction(FeatureReduction newReduction) {
        return new PreprocessingOptions(newReduction, angleMax, clipHeldOut, splitSizes);
    }

    /** The split sizes in force for a dataset. */
    public SplitSizes splitSizesFor(Dataset dataset) {
        return splitSizes.orElse(dataset.paperSplits());
    }
}
