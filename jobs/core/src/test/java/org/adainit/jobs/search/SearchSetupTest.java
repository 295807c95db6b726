package org.adainit.jobs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.adainit.jobs.datasets.DataDirectory;
import org.adainit.jobs.datasets.Dataset;
import org.adainit.simulator.qnn.QnnShape;
import org.adainit.simulator.training.TrainingConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The set-up a grid cell and the {@code search} command share: the split seed alone picks the data (so Classic and
 * AdaInit of one repeat train on the same split), the search seed alone the draws.
 */
class SearchSetupTest {

    private static SearchSetup setup(long splitSeed, long searchSeed) {
        String dir = System.getenv(DataDirectory.DATA_DIR_ENV);
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "iris.data")),
                "ADAINIT_DATA_DIR is not set to a folder with iris.data; skipping the set-up check");
        return SearchSetup.prepare(Dataset.IRIS, DataDirectory.resolve(Optional.of(Path.of(dir)), Optional.empty()),
                3, 2, PriorSpec.parse("uniform"), HeadInitialisation.PRIOR, ScoringHead.TRAINED, splitSeed,
                searchSeed, TrainingConfig.PAPER);
    }

    @Test
    void theSplitSeedPicksTheDataAndTheSearchSeedTheDraws() {
        SearchSetup a = setup(7, 1);
        SearchSetup sameSplit = setup(7, 2);
        SearchSetup otherSplit = setup(8, 1);
        assertTrue(Arrays.deepEquals(a.data().train().x(), sameSplit.data().train().x()));
        assertFalse(Arrays.deepEquals(a.data().train().x(), otherSplit.data().train().x()));
        assertEquals(1, a.problem().seed());
        assertEquals(2, sameSplit.problem().seed());
    }

    @Test
    void theQnnHasTheRequestedStructureAndABinaryHeadOnFeaturesReducedToTheQubits() {
        SearchSetup s = setup(7, 1);
        assertEquals(new QnnShape(3, 2, 2), s.problem().shape());
        assertEquals(3, s.data().train().x()[0].length, "iris's 4 features reduced to d = min(F, N) = 3");
        assertEquals(s.data().description(), s.problem().datasetDescription());
    }
}
