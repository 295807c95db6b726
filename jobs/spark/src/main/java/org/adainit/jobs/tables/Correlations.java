package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.adainit.jobs.spark.Concurrently;
import org.adainit.jobs.statistics.RankCorrelation;
import org.adainit.simulator.seed.Seeds;
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

    /** Methods whose cells hold no training of their own: a search's are its iterations; the ensemble trains none. */
    private static final Set<String> UNTRAINED = Set.of("adainit", "init-ensemble");

    private Correlations() {}

    /** One training: its structure, variance and accuracies, and the seed of the cell it belongs to. */
    private record Training(String dataset, String prior, int qubits, int layers, long cellSeed, double variance,
            double validation, double test) {}

    /**
     * @param cells the cells table (baselines contribute their one training; the initialisation ensemble trains
     *     nothing)
     * @param iterations the iterations table (searches contribute every candidate)
     */
    static List<Row> rows(DriverTable cells, DriverTable iterations) {
        List<Training> trainings = new ArrayList<>();
        List<String> training = List.of("cell_id", "dataset", "prior", "qubits", "layers", "variance",
                "validation_accuracy", "test_accuracy");
        List<String> cellColumns = new ArrayList<>(training);
        cellColumns.addAll(List.of("cell_seed", "method", "status"));
        int[] cell = cells.columns(cellColumns);
        Map<String, Long> seeds = new HashMap<>();
        for (Row r : cells.rows()) {
            long seed = r.getLong(cell[8]);
            seeds.put(r.getString(cell[0]), seed);
            if (!UNTRAINED.contains(r.getString(cell[9])) && "ok".equals(r.getString(cell[10]))) {
                trainings.add(training(r, cell, seed));
            }
        }
        int[] iteration = iterations.columns(training);
        for (Row r : iterations.rows()) {
            Long seed = seeds.get(r.getString(iteration[0]));
            if (seed != null) {
                trainings.add(training(r, iteration, seed));
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

    /**
     * The training in {@code row}, whose dataset, prior, qubits, layers, variance, validation and test accuracy are at
     * {@code at[1]} to {@code at[7]}.
     */
    private static Training training(Row row, int[] at, long cellSeed) {
        return new Training(row.getString(at[1]), row.getString(at[2]), row.getInt(at[3]), row.getInt(at[4]), cellSeed,
                orNaN(row, at[5]), orNaN(row, at[6]), orNaN(row, at[7]));
    }

    private static double orNaN(Row row, int column) {
        return row.isNullAt(column) ? Double.NaN : row.getDouble(column);
    }
}
