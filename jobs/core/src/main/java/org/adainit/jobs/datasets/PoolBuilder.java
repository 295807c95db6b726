package org.adainit.jobs.datasets;

import java.nio.file.Path;
import java.util.List;
import org.adainit.jobs.input.InputException;

/** Turns the rows a reader kept into a {@link BinaryPool}, refusing a file that lacks one of the two classes. */
final class PoolBuilder {

    private PoolBuilder() {}

    static BinaryPool build(
            Path file, List<Feature> features, List<String> classNames, List<double[]> rows, List<Integer> labels) {
        for (int c = 0; c < 2; c++) {
            if (!labels.contains(c)) {
                throw new InputException(file + ": no row of class '" + classNames.get(c)
                        + "'; the file is not the upstream dataset");
            }
        }
        return new BinaryPool(features, classNames, rows.toArray(double[][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray());
    }
}
