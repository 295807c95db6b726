package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.adainit.jobs.spark.Concurrently;
import org.adainit.jobs.statistics.RankCorrelation;
import org.adainit.simulator.seed.Seeds;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Does the metric predict quality? Per dataset, prior and structure, Spearman's rank correlation between a training's
 * gradient variance at θ0 and the test accuracy its final parameters reach, over every training of the structure
 * (each search iteration's candidate and each baseline's draw), with a bootstrap 95% interval ({@link
 * RankCorrelation}); the same for the validation accuracy. The bootstrap seed derives from the cells' seeds.
 */
public final class Correlations {

    public static final StructType SCHEMA = new StructType()
            .add("dataset", DataTypes.StringType, false)
            .add("prior", DataTypes.StringType, false)
            .add("qubits", DataTypes.IntegerType, false)
            .add("layers", DataTypes.IntegerType, false)
            .add("trainings", DataTypes.IntegerType, false)
            .add("rho_test", DataTypes.DoubleType, true)
            .add("rho_test_ci95_low", DataTypes.DoubleType, true)
            .add("rho_test_ci95_high", DataTypes.DoubleType, true)
            .add("rho_validation", DataTypes.DoubleType, true)
            .add("rho_validation_ci95_low", DataTypes.DoubleType, true)
            .add("rho_validation_ci95_high", DataTypes.DoubleType, true)
            .add("mean_test_accuracy", DataTypes.DoubleType, true);

    static final String[] ORDER = {"dataset", "prior", "qubits", "layers"};

    private Correlations() {}

    /** One training: its structure, variance and accuracies, and the seed of the cell it belongs to. */
    private record Training(String dataset, String prior, int qubits, int layers, long cellSeed, double variance,
            double validation, double test) {}

    /**
     * @param cells the cells table (baselines contribute their one training; the initialisation ensemble trains
     *     nothing)
     * @param iterations the iterations table (searches contribute every candidate)
     */
    static List<Row> rows(Dataset<Row> cells, Dataset<Row> iterations) {
        List<Training> trainings = new ArrayList<>();
        collect(cells.where("method NOT IN ('adainit', 'init-ensemble') AND status = 'ok'").selectExpr("dataset",
                "prior", "qubits", "layers", "cell_seed", "variance", "validation_accuracy", "test_accuracy"),
                trainings);
        // Joined here rather than by Spark, whose join cost two broadcast jobs in every build: both sides are
        // collected anyway.
        Map<String, Long> seeds = new HashMap<>();
        for (Row cell : cells.selectExpr("cell_id", "cell_seed").collectAsList()) {
            seeds.put(cell.getString(0), cell.getLong(1));
        }
        Dataset<Row> trained = iterations.selectExpr("cell_id", "dataset", "prior", "qubits", "layers", "variance",
                "validation_accuracy", "test_accuracy");
        for (Row r : trained.collectAsList()) {
            Long seed = seeds.get(r.getString(0));
            if (seed != null) {
                trainings.add(training(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), seed, r, 5));
            }
        }
        Map<String, List<Training>> groups = new TreeMap<>();
        for (Training t : trainings) {
            groups.computeIfAbsent(String.format("%s/%s/%05d/%05d", t.dataset(), t.prior(), t.qubits(), t.layers()),
                    k -> new ArrayList<>()).add(t);
        }
        // Each group's bootstrap has its own seed, so computing them at once gives the same rows in the same order.
        return Concurrently.map(List.copyOf(groups.values()), Runtime.getRuntime().availableProcessors(),
                Correlations::row);
    }

    private static Row row(List<Training> group) {
        List<Training> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingLong(Training::cellSeed).thenComparingDouble(Training::variance));
        double[] variance = sorted.stream().mapToDouble(Training::variance).toArray();
        long seed = Seeds.derive(sorted.get(0).cellSeed(), "correlation");
        RankCorrelation test = RankCorrelation.of(variance, sorted.stream().mapToDouble(Training::test).toArray(),
                seed);
        RankCorrelation validation = RankCorrelation.of(variance,
                sorted.stream().mapToDouble(Training::validation).toArray(), seed);
        Training first = sorted.get(0);
        double meanTest = sorted.stream().mapToDouble(Training::test).filter(Double::isFinite).average()
                .orElse(Double.NaN);
        return RowFactory.create(first.dataset(), first.prior(), first.qubits(), first.layers(), test.pairs(),
                test.rho(), test.ci95Low(), test.ci95High(), validation.rho(), validation.ci95Low(),
                validation.ci95High(), Double.isNaN(meanTest) ? null : meanTest);
    }

    private static void collect(Dataset<Row> selected, List<Training> into) {
        for (Row r : selected.collectAsList()) {
            into.add(training(r.getString(0), r.getString(1), r.getInt(2), r.getInt(3), r.getLong(4), r, 5));
        }
    }

    /** A training whose variance, validation and test accuracy are {@code row}'s columns from {@code first} on. */
    private static Training training(String dataset, String prior, int qubits, int layers, long cellSeed, Row row,
            int first) {
        return new Training(dataset, prior, qubits, layers, cellSeed, orNaN(row, first), orNaN(row, first + 1),
                orNaN(row, first + 2));
    }

    private static double orNaN(Row row, int column) {
        return row.isNullAt(column) ? Double.NaN : row.getDouble(column);
    }
}
