package org.adainit.jobs.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads UCI's {@code iris.data} (4 measurements then the species, no header) and keeps the first two species:
 * Iris-setosa → 0, Iris-versicolor → 1. These are the UCI values, including its two known errata (rows 35, 38).
 */
final class IrisReader {

    static final List<String> SPECIES = List.of("Iris-setosa", "Iris-versicolor", "Iris-virginica");
    private static final List<Feature> FEATURES = Stream.of(
                    "sepal length", "sepal width", "petal length", "petal width")
            .map(Feature::complete)
            .toList();

    private IrisReader() {}

    static BinaryPool read(Path file) {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (CsvRecord record : CsvFile.read(file)) {
            record.requireSize(FEATURES.size() + 1);
            int species = SPECIES.indexOf(record.text(FEATURES.size()));
            if (species < 0) {
                throw record.error("species is '" + record.text(FEATURES.size()) + "', expected one of " + SPECIES);
            }
            double[] row = new double[FEATURES.size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = record.number(j, FEATURES.get(j).name());
            }
            if (species < 2) {
                rows.add(row);
                labels.add(species);
            }
        }
        return PoolBuilder.build(file, FEATURES, SPECIES.subList(0, 2), rows, labels);
    }
}
