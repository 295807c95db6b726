package org.adainit.jobs.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads UCI's {@code wine.data} (the cultivar 1–3 in the first column, then 13 measurements, no header) and keeps the
 * first two cultivars: 1 → 0, 2 → 1.
 */
final class WineReader {

    static final List<String> CULTIVARS = List.of("cultivar 1", "cultivar 2");
    private static final List<Feature> FEATURES = Stream.of(
                    "Alcohol", "Malic acid", "Ash", "Alcalinity of ash", "Magnesium", "Total phenols", "Flavanoids",
                    "Nonflavanoid phenols", "Proanthocyanins", "Color intensity", "Hue",
                    "OD280/OD315 of diluted wines", "Proline")
            .map(Feature::complete)
            .toList();

    private WineReader() {}

    static BinaryPool read(Path file) {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (CsvRecord record : CsvFile.read(file)) {
            record.requireSize(FEATURES.size() + 1);
            String cultivar = record.text(0);
            if (!cultivar.matches("[123]")) {
                throw record.error("class (column 1) is '" + cultivar + "', expected 1, 2 or 3");
            }
            double[] row = new double[FEATURES.size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = record.number(j + 1, FEATURES.get(j).name());
            }
            int label = Integer.parseInt(cultivar) - 1;
            if (label < 2) {
                rows.add(row);
                labels.add(label);
            }
        }
        return PoolBuilder.build(file, FEATURES, CULTIVARS, rows, labels);
    }
}
