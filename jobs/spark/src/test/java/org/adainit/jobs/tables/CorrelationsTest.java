package org.adainit.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The correlations table from the columns it reads of the cells and iterations tables: which trainings each structure
 * pools, Spearman's rho as Commons Math computes it on those pairs, and rows that do not depend on the order the
 * tables are read in.
 */
class CorrelationsTest {

    private static final StructType CELLS = withAccuracies(keys()
            .add("method", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("cell_seed", DataTypes.LongType));
    private static final StructType ITERATIONS = withAccuracies(keys());

    /** Two structures of iris: (2, 2) with a search, two baselines and a failed baseline; (4, 2) with a search. */
    private final List<Row> cells = new ArrayList<>();
    private final List<Row> iterations = new ArrayList<>();
    /** The (variance, test accuracy) pairs structure (2, 2) must pool. */
    private final List<double[]> smallPairs = new ArrayList<>();

    CorrelationsTest() {
        Random random = new Random(7);
        for (int seed = 0; seed < 3; seed++) {
            String search = "iris.n2.s" + seed + ".adainit";
            cells.add(cell(search, 2, "adainit", "ok", 100 + seed, 0.5, 0.5, 0.5));
            for (int iteration = 0; iteration < 6; iteration++) {
                double variance = random.nextDouble();
                double test = 0.4 + 0.5 * variance + 0.1 * random.nextDouble();
                iterations.add(iteration(search, 2, variance, test - 0.05, test));
                smallPairs.add(new double[] {variance, test});
            }
            double variance = random.nextDouble();
            double test = random.nextDouble();
            cells.add(cell("iris.n2.s" + seed + ".classic", 2, "classic", "ok", 200 + seed, variance, test, test));
            smallPairs.add(new double[] {variance, test});
            cells.add(cell("iris.n2.s" + seed + ".random", 2, "random", "failed", 300 + seed, 9.0, 0.0, 0.0));
            String larger = "iris.n4.s" + seed + ".adainit";
            cells.add(cell(larger, 4, "adainit", "ok", 400 + seed, 0.5, 0.5, 0.5));
            for (int iteration = 0; iteration < 5; iteration++) {
                double v = random.nextDouble();
                iterations.add(iteration(larger, 4, v, 1 - v, 1 - v));
            }
        }
        // An iteration of a cell missing from the cells table (a table copied in part) pools nowhere.
        iterations.add(iteration("iris.n2.s9.adainit", 2, 0.99, 0.0, 0.0));
    }

    @Test
    void eachStructurePoolsItsSearchesIterationsAndItsFinishedBaselines() {
        List<Row> rows = rows(cells, iterations);

        assertEquals(2, rows.size());
        Row small = rows.get(0);
        assertEquals(List.of("iris", "uniform", 2, 2), List.of(small.get(0), small.get(1), small.get(2), small.get(3)));
        assertEquals(smallPairs.size(), small.getInt(4), "3 searches x 6 iterations + 3 finished baselines");
        double[] variance = smallPairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] test = smallPairs.stream().mapToDouble(p -> p[1]).toArray();
        assertEquals(new SpearmansCorrelation().correlation(variance, test), small.getDouble(5), 1e-12);
        assertTrue(small.getDouble(6) <= small.getDouble(5) && small.getDouble(5) <= small.getDouble(7),
                "the bootstrap interval holds rho: " + small);
        assertEquals(Arrays.stream(test).average().orElseThrow(), small.getDouble(11), 1e-12);

        Row larger = rows.get(1);
        assertEquals(4, larger.getInt(2));
        assertEquals(15, larger.getInt(4));
        assertEquals(-1.0, larger.getDouble(5), 1e-12, "test accuracy 1 - variance ranks exactly reversed");
    }

    @Test
    void theRowsDoNotDependOnTheOrderTheTablesAreReadIn() {
        List<Row> expected = rows(cells, iterations);
        List<Row> shuffledCells = new ArrayList<>(cells);
        List<Row> shuffledIterations = new ArrayList<>(iterations);
        Collections.shuffle(shuffledCells, new Random(1));
        Collections.shuffle(shuffledIterations, new Random(2));

        assertEquals(expected, rows(shuffledCells, shuffledIterations));
    }

    private static List<Row> rows(List<Row> cells, List<Row> iterations) {
        return Correlations.rows(new DriverTable(CELLS, cells), new DriverTable(ITERATIONS, iterations));
    }

    private static StructType keys() {
        return new StructType()
                .add("cell_id", DataTypes.StringType)
                .add("dataset", DataTypes.StringType)
                .add("prior", DataTypes.StringType)
                .add("qubits", DataTypes.IntegerType)
                .add("layers", DataTypes.IntegerType);
    }

    private static StructType withAccuracies(StructType columns) {
        return columns.add("variance", DataTypes.DoubleType)
                .add("validation_accuracy", DataTypes.DoubleType)
                .add("test_accuracy", DataTypes.DoubleType);
    }

    private static Row cell(String id, int qubits, String method, String status, long seed, double variance,
            double validation, double test) {
        return RowFactory.create(id, "iris", "uniform", qubits, 2, method, status, seed, variance, validation, test);
    }

    private static Row iteration(String cell, int qubits, double variance, double validation, double test) {
        return RowFactory.create(cell, "iris", "uniform", qubits, 2, variance, validation, test);
    }
}
