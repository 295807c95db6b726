package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.adainit.jobs.input.InputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DatasetCatalogTest {

    private static DatasetCatalog parse(String yaml) {
        return DatasetCatalog.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad.yaml");
    }

    @Test
    void theShippedCatalogListsEveryRequiredFileWithASource() {
        DatasetCatalog catalog = DatasetCatalog.standard();

        assertEquals(Optional.empty(), catalog.mirror());
        for (Dataset dataset : Dataset.values()) {
            assertFalse(catalog.description(dataset).isBlank());
            assertEquals(dataset.requiredFiles(),
                    catalog.requiredFiles(dataset).stream().map(DatasetFile::name).toList());
        }
        DatasetFile titanic = catalog.requiredFiles(Dataset.TITANIC).get(0);
        assertEquals(Optional.empty(), titanic.url());
        assertTrue(titanic.howToObtain().contains("Kaggle competition \"titanic\""), titanic.howToObtain());
    }

    @Test
    void theShippedChecksumsAreThoseOfTheSharedDatasetCopy() throws IOException {
        String dir = System.getenv(DataDirectory.DATA_DIR_ENV);
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "SHA256SUMS")),
                "ADAINIT_DATA_DIR with a SHA256SUMS file is not set; skipping the cross-check");
        Map<String, String> sums = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(dir, "SHA256SUMS"))) {
            String[] parts = line.trim().split("\\s+");
            sums.put(parts[1], parts[0]);
        }
        int compared = 0;
        for (Dataset dataset : Dataset.values()) {
            for (DatasetFile file : DatasetCatalog.standard().files(dataset)) {
                assertEquals(sums.get(file.name()), file.file().sha256(), file.name());
                compared++;
            }
        }
        assertEquals(sums.size(), compared, "every file of SHA256SUMS is in the catalog");
    }

    @Test
    void malformedEntriesAreNamedByTheirPath() {
        String good = "      - name: iris.data\n        sha256: " + "a".repeat(64) + "\n        size: 10\n"
                + "        url: http://127.0.0.1/iris.data\n";
        String rest = "  wine: {description: d, files: [{name: wine.data, sha256: " + "b".repeat(64)
                + ", size: 1, url: 'http://127.0.0.1/w'}]}\n"
                + "  titanic: {description: d, files: [{name: train.csv, sha256: " + "c".repeat(64)
                + ", size: 1, manual: by hand}]}\n"
                + "  mnist: {description: d, files: [{name: train-images-idx3-ubyte.gz, sha256: " + "d".repeat(64)
                + ", size: 1, url: 'http://127.0.0.1/i'}, {name: train-labels-idx1-ubyte.gz, sha256: "
                + "e".repeat(64) + ", size: 1, url: 'http://127.0.0.1/l'}]}\n";
        String head = "datasets:\n  iris:\n    description: d\n    files:\n";

        DatasetCatalog wellFormed = parse(head + good + rest);
        assertEquals("a".repeat(64), wellFormed.files(Dataset.IRIS).get(0).file().sha256());
        assertEquals(2, wellFormed.files(Dataset.MNIST).size());
        assertMessage("bad.yaml: datasets.iris.files[0].sha256 is 'xyz', expected 64 lower-case hex digits",
                head + good.replace("a".repeat(64), "xyz") + rest);
        assertMessage("bad.yaml: datasets.iris.files[0].size is '-3', expected a positive byte count",
                head + good.replace("size: 10", "size: -3") + rest);
        assertMessage("bad.yaml: datasets.iris.files[0] needs a 'url' or a 'manual' text saying how to obtain iris.data",
                head + good.replace("        url: http://127.0.0.1/iris.data\n", "") + rest);
        assertMessage("bad.yaml: datasets.iris.files has no entry for iris.data",
                head + good.replace("name: iris.data", "name: other.data") + rest);
        assertMessage("bad.yaml: datasets.wine is missing", head + good);
        assertMessage("bad.yaml: mirror is 'ftp://x', expected an http:// or https:// URL",
                "mirror: ftp://x\n" + head + good + rest);
        assertMessage("unknown dataset 'cifar', allowed: iris, wine, titanic, mnist",
                head + good + rest + "  cifar: {description: d}\n");
    }

    private static void assertMessage(String expected, String yaml) {
        assertEquals(expected, assertThrows(InputException.class, () -> parse(yaml)).getMessage());
    }
}
