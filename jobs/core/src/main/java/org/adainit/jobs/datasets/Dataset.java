package org.adainit.jobs.datasets;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.adainit.jobs.input.InputException;

/**
 * The four datasets of the paper's Table 1: the files each pool is read from and the paper's exact split sizes.
 * Checksums, URLs and descriptions live in {@code conf/datasets.yaml} ({@link DatasetCatalog}).
 */
public enum Dataset {
    /** UCI Iris: setosa + versicolor = 100 rows, 4 features; 60:20:20. */
    IRIS(new SplitSizes(60, 20, 20), List.of("iris.data")) {
        @Override
        BinaryPool read(List<Path> files) {
            return IrisReader.read(files.get(0));
        }
    },
    /** UCI Wine: cultivars 1 + 2 = 59 + 71 = 130 rows, 13 features; 80:20:30. */
    WINE(new SplitSizes(80, 20, 30), List.of("wine.data")) {
        @Override
        BinaryPool read(List<Path> files) {
            return WineReader.read(files.get(0));
        }
    },
    /** Kaggle Titanic train.csv: 549 died + 342 survived = 891 rows, 7 encoded features; 320:80:179. */
    TITANIC(new SplitSizes(320, 80, 179), List.of("train.csv")) {
        @Override
        BinaryPool read(List<Path> files) {
            return TitanicReader.read(files.get(0));
        }
    },
    /** MNIST training file, digits 0 + 1 = 5923 + 6742 = 12665 images, 784 pixels; 320:80:400. */
    MNIST(new SplitSizes(320, 80, 400), List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz")) {
        @Override
        BinaryPool read(List<Path> files) {
            return MnistReader.read(files.get(0), files.get(1));
        }
    };

    private final SplitSizes paperSplits;
    private final List<String> requiredFiles;

    Dataset(SplitSizes paperSplits, List<String> requiredFiles) {
        this.paperSplits = paperSplits;
        this.requiredFiles = requiredFiles;
    }

    /** Reads the binary pool from the required files, given in {@link #requiredFiles()} order. */
    abstract BinaryPool read(List<Path> files);

    /** Table 1's train:validation:test sizes. */
    public SplitSizes paperSplits() {
        return paperSplits;
    }

    /** Names (catalog keys) of the files the pool is read from; the catalog may list further, optional files. */
    public List<String> requiredFiles() {
        return requiredFiles;
    }

    /** Name in grid files, tables and on the command line: {@code iris}, {@code wine}, {@code titanic}, {@code mnist}. */
    public String externalName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an external name, ignoring case and surrounding blanks; the message lists the allowed values. */
    public static Dataset parse(String text) {
        for (Dataset dataset : values()) {
            if (dataset.externalName().equalsIgnoreCase(text.strip())) {
                return dataset;
            }
        }
        throw new InputException("unknown dataset '" + text + "', allowed: "
                + Arrays.stream(values()).map(Dataset::externalName).collect(Collectors.joining(", ")));
    }
}
