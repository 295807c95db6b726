package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        Dataset<Row> seeds = cells.selectExpr("cell_id", "cell_seed");
        collect(cells.where("method NOT IN ('adainit', 'init-ensemble') AND status = 'ok'").selectExpr("dataset", "prior", "qubits",
                "layers", "cell_seed", "variance", "validation_accuracy", "test_accuracy"), trainings);
        collect(iterations.join(seeds, "cell_id").selectExpr("dataset", "prior", "qubits", "layers", "cell_seed",
                "variance", "validation_accuracy", "test_accuracy"), trainings);
        Map<String, List<Training>> groups = new TreeMap<>();
        for (Training t : trainings) {
            groups.computeIfAbsent(String.format("%s/%s/%05d/%05d", t.dataset(), t.prior(), t.qubits(), t.layers()),
                    k -> new ArrayList<>()).add(t);
        }
        List<Row> rows = new ArrayList<>();
        for (List<Training> group : groups.values()) {
            group.sort(java.util.Comparator.comparingLong(Training::cellSeed)
                    .thenComparingDouble(Training::variance));
            double[] variance = group.stream().mapToDouble(Training::variance).toArray();
            long seed = Seeds.derive(group.get(0).cellSeed(), "correlation");
            RankCorrelation test = RankCorrelation.of(variance, group.stream().mapToDouble(Training::test).toArray(),
                    seed);
            RankCorrelation validation = RankCorrelation.of(variance,
                    group.stream().mapToDouble(Training::validation).toArray(), seed);
            Training first = group.get(0);
            double meanTest = group.stream().mapToDouble(Training::test).filter(Double::isFinite).average()
                    .orElse(Double.NaN);
            rows.add(RowFactory.create(first.dataset(), first.prior(), first.qubits(), first.layers(), test.pairs(),
                    test.rho(), test.ci95Low(), test.ci95High(), validation.rho(), validation.ci95Low(),
                    validation.ci95High(), Double.isNaN(meanTest) ? null : meanTest));
        }
        return rows;
    }

    private static void collect(Dataset<Row> selected, List<Training> into) {
        for (Row r : selected.collectAsList()) {
            into.add(new Training(r.getString(0), r.getString(1), r.getInt(2), r.getInt(3), r.getLong(4),
                    r.isNullAt(5) ? Double.NaN : r.getDouble(5), r.isNullAt(6) ? Double.NaN : r.getDouble(6),
                    r.isNullAt(7) ? Double.NaN : r.getDouble(7)));
        }
    }
}
