package org.adainit.jobs.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the diagnostics job's tables (McClean, Zhang, landscape, gradient distribution) in its schemas, with
 * seeded values scattered around the theory, next to a run's tables.
 */
final class DiagnosticsFixture {

    private DiagnosticsFixture() {}

    static void write(SparkSession spark, Path out) {
        RandomGenerator random = new Well19937c(7L);
        List<Row> mcclean = new ArrayList<>();
        for (int n = 2; n <= 8; n += 2) {
            for (String depth : List.of("10n", "4", "64")) {
                int layers = depth.equals("10n") ? 10 * n : Integer.parseInt(depth);
                double prediction = Math.pow(2, n) / (3 * (Math.pow(4, n) - 1));
                double variance = prediction * (0.9 + 0.2 * random.nextDouble());
                mcclean.add(RowFactory.create(depth, n, layers, 1000, 0.0, 0.001, variance, 0.05 * variance,
                        prediction, variance / prediction, true, 1L));
            }
        }
        write(spark, out, "mcclean", mcclean, new StructType().add("depth", DataTypes.StringType)
                .add("qubits", DataTypes.IntegerType).add("layers", DataTypes.IntegerType)
                .add("samples", DataTypes.IntegerType).add("mean", DataTypes.DoubleType)
                .add("mean_stderr", DataTypes.DoubleType).add("variance", DataTypes.DoubleType)
                .add("variance_stderr", DataTypes.DoubleType).add("prediction", DataTypes.DoubleType)
                .add("ratio", DataTypes.DoubleType).add("at_prediction", DataTypes.BooleanType)
                .add("seed", DataTypes.LongType));
        List<Row> zhang = new ArrayList<>();
        for (String part : List.of("v1-only", "v2-only", "both")) {
            for (int n = 2; n <= 6; n += 2) {
                double exact = Math.pow(2, 1 - n);
                zhang.add(RowFactory.create("qsl", part, "one-design", "1", n, 1, 100, 1.0,
                        exact * (0.9 + 0.2 * random.nextDouble()), exact, 0.3 * exact, 0.03 * exact, exact,
                        Math.pow(2, 5 - n / 2.0), Math.pow(2, 2 - n), 3L));
            }
        }
        write(spark, out, "zhang", zhang, new StructType().add("task", DataTypes.StringType)
                .add("part", DataTypes.StringType).add("design", DataTypes.StringType)
                .add("depth", DataTypes.StringType).add("qubits", DataTypes.IntegerType)
                .add("layers", DataTypes.IntegerType).add("samples", DataTypes.IntegerType)
                .add("width", DataTypes.DoubleType).add("mean_range", DataTypes.DoubleType)
                .add("mean_ratio", DataTypes.DoubleType).add("std_ratio", DataTypes.DoubleType)
                .add("stderr_ratio", DataTypes.DoubleType).add("prediction", DataTypes.DoubleType)
                .add("theorem1_bound", DataTypes.DoubleType).add("proposition2_bound", DataTypes.DoubleType)
                .add("seed", DataTypes.LongType));
        List<Row> landscape = new ArrayList<>();
        for (int i = -3; i <= 3; i++) {
            for (int j = -3; j <= 3; j++) {
                landscape.add(RowFactory.create("iris.uniform.n2.l2.s0.adainit-embedded", "random-1", "random-2",
                        0.5 * i, 0.5 * j, 0.7 + 0.01 * (i * i + 2 * j * j)));
            }
        }
        write(spark, out, "landscape", landscape, new StructType().add("cell_id", DataTypes.StringType)
                .add("direction_a", DataTypes.StringType).add("direction_b", DataTypes.StringType)
                .add("alpha", DataTypes.DoubleType).add("beta", DataTypes.DoubleType)
                .add("loss", DataTypes.DoubleType));
        List<Row> gradients = new ArrayList<>();
        for (String group : List.of("circuit", "head")) {
            for (int epoch = 1; epoch <= 5; epoch++) {
                double median = 0.01 / epoch;
                gradients.add(RowFactory.create("iris.uniform.n2.l2.s0.adainit-embedded", epoch, group, 60,
                        median, median / 100, median / 10, median / 2, median, median * 2, median * 10,
                        median * 20));
            }
        }
        write(spark, out, "gradient_distribution", gradients, new StructType().add("cell_id", DataTypes.StringType)
                .add("epoch", DataTypes.IntegerType).add("group", DataTypes.StringType)
                .add("count", DataTypes.IntegerType).add("mean", DataTypes.DoubleType)
                .add("min", DataTypes.DoubleType).add("p05", DataTypes.DoubleType).add("p25", DataTypes.DoubleType)
                .add("median", DataTypes.DoubleType).add("p75", DataTypes.DoubleType)
                .add("p95", DataTypes.DoubleType).add("max", DataTypes.DoubleType));
    }

    private static void write(SparkSession spark, Path out, String table, List<Row> rows, StructType schema) {
        spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(out.resolve(table).toString());
    }
}
