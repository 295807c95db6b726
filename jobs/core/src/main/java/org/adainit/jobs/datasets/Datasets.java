package org.adainit.jobs.datasets;

import java.nio.file.Path;
import org.adainit.jobs.input.InputException;

/**
 * Entry point for the rest of the system: the binary pool of a dataset and its preprocessed splits. Both are cached
 * per JVM (MNIST's pool takes about a second to decode), computed once even under concurrent calls from Spark tasks,
 * and returned as immutable objects.
 *
 * <pre>{@code
 * DataDirectory dir = DataDirectory.resolve(Optional.empty(), Optional.empty());
 * PreparedDataset iris = Datasets.prepare(Dataset.IRIS, dir, 4, seed, PreprocessingOptions.paper());
 * double[][] x = iris.train().x();   // 60 × 4 angles in [0, π]
 * }</pre>
 */
public final class Datasets {

    private record PoolKey(Dataset dataset, Path root) {}

    private record PreparationKey(Dataset dataset, Path root, int qubits, long seed, PreprocessingOptions options) {}

    private static final ConcurrentMemo<PoolKey, BinaryPool> POOLS = new ConcurrentMemo<>();
    private static final ConcurrentMemo<PreparationKey, PreparedDataset> PREPARED = new ConcurrentMemo<>();

    private Datasets() {}

    /**
     * The dataset's first two classes as raw features (e.g. Iris: 100 × 4 in cm), files verified or downloaded first.
     *
     * @throws InputException when a file is missing and cannot be downloaded, differs from the catalog, or is malformed
     */
    public static BinaryPool pool(Dataset dataset, DataDirectory directory) {
        return POOLS.get(new PoolKey(dataset, directory.root()), key -> dataset.read(directory.require(dataset)));
    }

    /**
     * The paper's preprocessing (§3, Table 1; docs/datasets.md) for one (dataset, qubits, seed): stratified splits of
     * the options' sizes (Table 1 by default) drawn with {@code seed}, and a transform fitted on the training split
     * only, applied to all.
     *
     * @param qubits N; features are reduced to d = min(F, N)
     */
    public static PreparedDataset prepare(
            Dataset dataset, DataDirectory directory, int qubits, long seed, PreprocessingOptions options) {
        return PREPARED.get(new PreparationKey(dataset, directory.root(), qubits, seed, options), key -> prepare(
                dataset, pool(dataset, directory), directory.catalog().description(dataset), qubits, seed, options));
    }

    /** {@link #prepare(Dataset, DataDirectory, int, long, PreprocessingOptions)} on a pool given directly; not cached. */
    public static PreparedDataset prepare(Dataset dataset, BinaryPool pool, String description, int qubits, long seed,
            PreprocessingOptions options) {
        if (qubits < 1) {
            throw new InputException("qubits must be at least 1, got " + qubits);
        }
        SplitIndices indices = StratifiedSplit.draw(pool.y(), options.splitSizesFor(dataset), seed,
                dataset.externalName());
        FeatureTransform transform =
                FeatureTransform.fit(pool.rows(indices.train()), pool.features(), qubits, options);
        return new PreparedDataset(dataset, qubits, seed, options, description, pool.classNames(), pool.features(),
                pool.size(), pool.classCounts(), transform.dimension(),
                split(pool, indices.train(), transform),
                split(pool, indices.validation(), transform),
                split(pool, indices.test(), transform));
    }

    private static Split split(BinaryPool pool, int[] rows, FeatureTransform transform) {
        return new Split(rows, transform.apply(pool.rows(rows)), pool.labels(rows));
    }
}
