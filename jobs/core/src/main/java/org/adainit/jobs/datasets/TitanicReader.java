package org.adainit.jobs.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adainit.jobs.input.InputException;

/**
 * Reads Kaggle's Titanic {@code train.csv} (header line, CRLF, quoted names with commas) and encodes the 7 features of
 * docs/datasets.md: Pclass, Sex (male 0, female 1), Age, SibSp, Parch, Fare, Embarked (S 0, C 1, Q 2). PassengerId,
 * Name, Ticket and Cabin (687 of 891 missing) are dropped. Missing Age and Fare become NaN and are later filled with
 * the training median, a missing Embarked with the training mode; the label is Survived (died 0, survived 1).
 */
final class TitanicReader {

    static final List<String> CLASSES = List.of("died", "survived");
    static final List<Feature> FEATURES = List.of(
            Feature.complete("Pclass"),
            Feature.complete("Sex"),
            new Feature("Age", MissingValueFill.TRAIN_MEDIAN),
            Feature.complete("SibSp"),
            Feature.complete("Parch"),
            new Feature("Fare", MissingValueFill.TRAIN_MEDIAN),
            new Feature("Embarked", MissingValueFill.TRAIN_MODE));
    private static final Map<String, Double> SEX = Map.of("male", 0.0, "female", 1.0);
    private static final Map<String, Double> PORT = Map.of("S", 0.0, "C", 1.0, "Q", 2.0);

    private TitanicReader() {}

    static BinaryPool read(Path file) {
        List<CsvRecord> records = CsvFile.read(file);
        if (records.isEmpty()) {
            throw new InputException(file + ": empty file, expected a header and passenger rows");
        }
        Columns columns = Columns.of(records.get(0));
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            record.requireSize(columns.count);
            labels.add((int) code(record, columns.survived, "Survived", Map.of("0", 0.0, "1", 1.0)));
            rows.add(new double[] {
                code(record, columns.pclass, "Pclass", Map.of("1", 1.0, "2", 2.0, "3", 3.0)),
                code(record, columns.sex, "Sex", SEX),
                nonNegative(record, record.numberOrMissing(columns.age, "Age"), "Age"),
                count(record, columns.sibSp, "SibSp"),
                count(record, columns.parch, "Parch"),
                nonNegative(record, record.numberOrMissing(columns.fare, "Fare"), "Fare"),
                record.text(columns.embarked).isEmpty() ? Double.NaN : code(record, columns.embarked, "Embarked", PORT)
            });
        }
        return PoolBuilder.build(file, FEATURES, CLASSES, rows, labels);
    }

    private static double code(CsvRecord record, int column, String name, Map<String, Double> codes) {
        Double value = codes.get(record.text(column));
        if (value == null) {
            throw record.error(name + " is '" + record.text(column) + "', expected one of "
                    + codes.keySet().stream().sorted().toList());
        }
        return value;
    }

    private static double count(CsvRecord record, int column, String name) {
        double value = record.number(column, name);
        if (value < 0 || value != Math.rint(value)) {
            throw record.error(name + " is '" + record.text(column) + "', expected a whole number >= 0");
        }
        return value;
    }

    private static double nonNegative(CsvRecord record, double value, String name) {
        if (value < 0) {
            throw record.error(name + " is " + value + ", expected a value >= 0");
        }
        return value;
    }

    /** Where the used columns sit, found by their header names so a reordered export still reads correctly. */
    private record Columns(
            int count, int survived, int pclass, int sex, int age, int sibSp, int parch, int fare, int embarked) {

        static Columns of(CsvRecord header) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                names.add(header.text(i));
            }
            return new Columns(names.size(), find(header, names, "Survived"), find(header, names, "Pclass"),
                    find(header, names, "Sex"), find(header, names, "Age"), find(header, names, "SibSp"),
                    find(header, names, "Parch"), find(header, names, "Fare"), find(header, names, "Embarked"));
        }

        private static int find(CsvRecord header, List<String> names, String name) {
            int index = names.indexOf(name);
            if (index < 0) {
                throw header.error("header has no column '" + name + "' (found " + names + ")");
            }
            return index;
        }
    }
}
