package org.adainit.jobs.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.input.InputException;

/**
 * Builds the MNIST pool of the paper's Table 1: the digits 0 (class 0) and 1 (class 1) of the 60000-image training
 * file, in file order, pixels divided by 255.
 */
final class MnistReader {

    static final List<String> DIGITS = List.of("digit 0", "digit 1");

    private MnistReader() {}

    static BinaryPool read(Path imagesFile, Path labelsFile) {
        int[] labels = IdxReader.readLabels(labelsFile);
        IdxReader.Images images = IdxReader.readImages(imagesFile, i -> i < labels.length && labels[i] < 2);
        if (images.count() != labels.length) {
            throw new InputException(imagesFile + " holds " + images.count() + " images but " + labelsFile
                    + " holds " + labels.length + " labels; they are not a matching pair");
        }
        List<Feature> features = new ArrayList<>();
        for (int r = 0; r < images.rows(); r++) {
            for (int c = 0; c < images.columns(); c++) {
                features.add(Feature.complete("pixel " + r + "," + c));
            }
        }
        List<double[]> rows = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] > 9) {
                throw new InputException(labelsFile + ": label " + labels[i] + " at item " + i + ", expected a digit 0-9");
            }
            if (labels[i] < 2) {
                byte[] image = images.kept().get(next++);
                double[] row = new double[image.length];
                for (int p = 0; p < image.length; p++) {
                    row[p] = Byte.toUnsignedInt(image[p]) / 255.0;
                }
                rows.add(row);
                kept.add(labels[i]);
            }
        }
        return PoolBuilder.build(labelsFile, features, DIGITS, rows, kept);
    }
}
