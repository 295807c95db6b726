package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.adainit.simulator.init.BeInit;
import org.adainit.simulator.init.BetaInitialiser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** BeInit's empirical-Bayes Beta fit on BEINIT's Iris file, rebuilt from the upstream iris.data (BEINIT notebook). */
class BeInitOnIrisTest {

    @Test
    void fitMatchesTheBeInitNotebook() {
        String dir = System.getenv(DataDirectory.DATA_DIR_ENV);
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "iris.data")),
                "ADAINIT_DATA_DIR is not set to a folder with iris.data; skipping the BeInit fit check");
        DataDirectory directory = DataDirectory.resolve(Optional.of(Path.of(dir)), Optional.empty(), Map.of(),
                Path.of(dir), DatasetCatalog.standard(), line -> { });
        double[][] x = Datasets.pool(Dataset.IRIS, directory).x();
        // BEINIT's data/iris_classes1and2_scaled.txt: (x − column minimum) / 2 on setosa + versicolor.
        double[][] scaled = new double[x.length][x[0].length];
        for (int f = 0; f < x[0].length; f++) {
            double min = Double.POSITIVE_INFINITY;
            for (double[] row : x) {
                min = Math.min(min, row[f]);
            }
            for (int r = 0; r < x.length; r++) {
                scaled[r][f] = (x[r][f] - min) / 2;
            }
        }
        BetaInitialiser fitted = BeInit.fit(scaled);
        assertEquals(0.6012, fitted.alpha(), 1e-4);
        assertEquals(1.3769, fitted.beta(), 1e-4);
    }
}
