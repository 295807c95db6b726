package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The loaders on the real upstream files in {@code ADAINIT_DATA_DIR}; skipped, with the reason shown, without it.
 * Expected counts are those of the upstream files and of the paper's Table 1 (docs/datasets.md).
 */
class RealDatasetsTest {

    /** Pool size, class 0 and class 1 rows, raw feature count. */
    private static final Map<Dataset, int[]> PUBLISHED = Map.of(
            Dataset.IRIS, new int[] {100, 50, 50, 4},
            Dataset.WINE, new int[] {130, 59, 71, 13},
            Dataset.TITANIC, new int[] {891, 549, 342, 7},
            Dataset.MNIST, new int[] {12665, 5923, 6742, 784});

    private static DataDirectory directory;

    @BeforeAll
    static void realFiles() {
        String dir = System.getenv(DataDirectory.DATA_DIR_ENV);
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "iris.data")),
                "ADAINIT_DATA_DIR is not set to a folder with the upstream files; skipping the real-data tests");
        directory = DataDirectory.resolve(Optional.of(Path.of(dir)), Optional.empty(), Map.of(), Path.of(dir),
                DatasetCatalog.standard(), line -> { });
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void poolsHaveThePublishedRowAndClassCounts(Dataset dataset) {
        BinaryPool pool = Datasets.pool(dataset, directory);
        int[] published = PUBLISHED.get(dataset);

        assertEquals(published[0], pool.size());
        assertArrayEquals(new int[] {published[1], published[2]}, pool.classCounts());
        assertEquals(published[3], pool.featureCount());
        String description = directory.catalog().description(dataset);
        for (int count : new int[] {published[0], published[1], published[2]}) {
            assertTrue(description.contains(Integer.toString(count)), "description states " + count + ": "
                    + description);
        }
    }

    @ParameterizedTest
    @EnumSource(Dataset.class)
    void splitsHaveTable1SizesNoLeakageAndDependOnlyOnTheSeed(Dataset dataset) {
        PreparedDataset first = Datasets.prepare(dataset, directory, 4, 1, PreprocessingOptions.paper());
        PreparedDataset recomputed = Datasets.prepare(dataset, Datasets.pool(dataset, directory), first.description(),
                4, 1, PreprocessingOptions.paper());
        PreparedDataset otherSeed = Datasets.prepare(dataset, directory, 4, 2, PreprocessingOptions.paper());

        SplitSizes sizes = dataset.paperSplits();
        assertEquals(sizes.train(), first.train().size());
        assertEquals(sizes.validation(), first.validation().size());
        assertEquals(sizes.test(), first.test().size());
        int[] all = IntStream.concat(IntStream.concat(IntStream.of(first.train().poolRows()),
                IntStream.of(first.validation().poolRows())), IntStream.of(first.test().poolRows())).toArray();
        assertEquals(sizes.total(), IntStream.of(all).distinct().count(), "no pool row in two splits");
        assertTrue(Arrays.deepEquals(first.train().x(), recomputed.train().x()));
        assertArrayEquals(first.test().poolRows(), recomputed.test().poolRows());
        assertFalse(Arrays.equals(first.train().poolRows(), otherSeed.train().poolRows()));
        assertEquals(Math.min(4, PUBLISHED.get(dataset)[3]), first.dimension());
        for (Split split : new Split[] {first.train(), first.validation(), first.test()}) {
            assertTrue(Arrays.stream(split.x()).flatMapToDouble(Arrays::stream)
                    .allMatch(v -> v >= 0 && v <= Math.PI), "angles in [0, π], no NaN");
        }
    }

    @Test
    void theIrisPoolIsUcisFirstHundredRowsAsBeInitScalesThem() {
        double[][] x = Datasets.pool(Dataset.IRIS, directory).x();

        assertEquals(100, x.length);
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, x[0]);
        // BeInit's iris file is (x − column minimum)/2 with first row 0.4, 0.75, 0.2, 0.05 (BEINIT's data folder).
        double[] min = IntStream.range(0, 4)
                .mapToDouble(j -> Arrays.stream(x).mapToDouble(row -> row[j]).min().orElseThrow()).toArray();
        assertArrayEquals(new double[] {0.4, 0.75, 0.2, 0.05},
                IntStream.range(0, 4).mapToDouble(j -> (x[0][j] - min[j]) / 2).toArray(), 1e-12);
    }

    @Test
    void titanicKeepsItsMissingAgesAndPortsForTheTrainingFill() {
        double[][] x = Datasets.pool(Dataset.TITANIC, directory).x();

        assertEquals(177, Arrays.stream(x).filter(row -> Double.isNaN(row[2])).count());
        assertEquals(2, Arrays.stream(x).filter(row -> Double.isNaN(row[6])).count());
        assertEquals(314, Arrays.stream(x).filter(row -> row[1] == 1).count(), "female passengers");
    }

    @Test
    void theMnistPoolIsDecodedOncePerJvm() {
        BinaryPool pool = Datasets.pool(Dataset.MNIST, directory);

        assertSame(pool, Datasets.pool(Dataset.MNIST, directory));
        double[] pixels = Arrays.stream(pool.x()).flatMapToDouble(Arrays::stream).toArray();
        // Pixels 0..255 divided by 255.
        assertEquals(1.0, Arrays.stream(pixels).max().orElseThrow());
        assertEquals(0.0, Arrays.stream(pixels).min().orElseThrow());
    }
}
