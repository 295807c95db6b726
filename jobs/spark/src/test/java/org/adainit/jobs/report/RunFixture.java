package org.adainit.jobs.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.adainit.jobs.tables.DerivedTablesFixture;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a result directory in the pipeline's table layout (the columns the report reads, with the pipeline's names
 * and types): cells with seeded variances, their search iterations, and the tables the pipeline derives from them
 * (curves, slopes, comparisons, correlations) by the pipeline's own derived tables ({@link DerivedTablesFixture}).
 */
public final class RunFixture {

    /** A method variant as the pipeline names it. */
    public record Variant(
            String method, String generator, String prompt, Double temperature, Double topP, String model) {

        public static Variant baseline(String method) {
            return new Variant(method, null, null, null, null, null);
        }

        public static Variant adaInit(String generator, String prompt) {
            return new Variant("adainit", generator, prompt, null, null, "llm".equals(generator) ? "gpt-4o" : "");
        }

        public static Variant sampled(double temperature, double topP) {
            return new Variant("adainit", "llm", "full", temperature, topP, "gpt-4o");
        }

        String label() {
            if (generator == null) {
                return method;
            }
            String label = method + "-" + generator + ("full".equals(prompt) ? "" : "-" + prompt);
            return temperature == null ? label
                    : label + "-t" + plain(temperature) + "-p" + plain(topP);
        }

        private static String plain(double value) {
            return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** One axis combination of the grid. */
    public record Structure(int qubits, int layers) {}

    private static final StructType CELLS = schema(
            "cell_id string", "dataset string", "prior string", "qubits int", "layers int", "seed int",
            "method string", "variant string", "generator string", "prompt_variant string", "temperature double",
            "top_p double", "status string", "error string", "variance double", "iterations_run int",
            "generator_label string", "model string", "llm_calls long", "tokens_in long", "tokens_out long",
            "cost_usd double", "prompt_version string", "started_at timestamp", "finished_at timestamp",
            "seconds double", "project_version string", "git_commit string", "grid_name string", "grid_hash string",
            "fallback boolean", "cell_seed long", "validation_accuracy double", "test_accuracy double");

    private static final StructType ITERATIONS = schema(
            "cell_id string", "dataset string", "prior string", "qubits int", "layers int", "seed int",
            "variant string", "iteration int", "variance double", "delta double", "threshold double",
            "s_before double", "s_after double", "accepted boolean", "generator string", "parse_status string",
            "retries int", "tokens_in long", "tokens_out long", "cost_usd double", "model string",
            "validation_accuracy double", "test_accuracy double");

    private final List<String> datasets = new ArrayList<>();
    private final List<String> priors = new ArrayList<>();
    private final List<Structure> structures = new ArrayList<>();
    private final List<Variant> variants = new ArrayList<>();
    private final int seeds = 2;
    private int iterations = 3;
    private String failedCell;

    public RunFixture datasets(String... names) {
        datasets.addAll(Arrays.asList(names));
        return this;
    }

    public RunFixture priors(String... names) {
        priors.addAll(Arrays.asList(names));
        return this;
    }

    public RunFixture structures(Structure... sizes) {
        structures.addAll(Arrays.asList(sizes));
        return this;
    }

    public RunFixture variants(Variant... methods) {
        variants.addAll(Arrays.asList(methods));
        return this;
    }

    /** Marks the first cell of this variant as failed (no variance, an error). */
    public RunFixture failing(String variant) {
        failedCell = variant;
        return this;
    }

    /** Writes cells, iterations (when a variant searches), curves and a manifest under {@code out}. */
    public Path write(SparkSession spark, Path out) throws IOException {
        RandomGenerator random = new Well19937c(20240501L);
        // A stream of its own, so adding the accuracy columns left every variance as it was.
        RandomGenerator accuracy = new Well19937c(20240502L);
        List<Row> cells = new ArrayList<>();
        List<Row> searchRows = new ArrayList<>();
        boolean failureMarked = false;
        long start = 1_790_000_000_000L;
        for (String dataset : datasets) {
            for (String prior : priors) {
                for (Variant v : variants) {
                    String cellPrior = v.method().equals("gainit") || v.method().equals("beinit") ? v.method() : prior;
                    for (Structure s : structures) {
                        for (int seed = 0; seed < seeds; seed++) {
                            String id = String.join(".", dataset, cellPrior, "n" + s.qubits(), "l" + s.layers(),
                                    "s" + seed, v.label());
                            boolean failed = v.label().equals(failedCell) && !failureMarked;
                            failureMarked |= failed;
                            double variance = Math.pow(2, -s.qubits() - 0.1 * s.layers()) * (0.5 + random.nextDouble())
                                    * (v.method().equals("adainit") ? 4 : 1);
                            int runs = v.method().equals("adainit") ? iterations : 0;
                            long calls = "llm".equals(v.generator()) ? runs : 0;
                            cells.add(RowFactory.create(id, dataset, cellPrior, s.qubits(), s.layers(), seed,
                                    v.method(), v.label(), v.generator(), v.prompt(), v.temperature(), v.topP(),
                                    failed ? "failed" : "ok", failed ? "simulated failure" : null,
                                    failed ? null : variance, runs, v.generator() == null ? "" : v.generator(),
                                    v.model(), calls, calls * 900, calls * 400, calls * 0.0065,
                                    v.generator() == null ? "" : "adainit-v1@0123456789ab",
                                    new Timestamp(start), new Timestamp(start + 1500), 1.5, "0.1.0-SNAPSHOT",
                                    "41e9be48521c83f05ca0cab5404ce283ddbcedea", "fixture", "61dc1c52b89b0e98",
                                    false, (long) id.hashCode(), failed ? null : 0.6 + 0.3 * accuracy.nextDouble(),
                                    failed ? null : 0.6 + 0.3 * accuracy.nextDouble()));
                            double best = 0;
                            for (int t = 1; t <= runs && !failed; t++) {
                                double candidate = variance * (0.3 + 0.7 * random.nextDouble());
                                double delta = Math.max(candidate - best, 0);
                                boolean accepted = delta > 0;
                                double before = best;
                                best = accepted ? candidate : best;
                                String parse = "llm".equals(v.generator()) ? (t == 2 ? "repaired" : "ok")
                                        : "not-applicable";
                                searchRows.add(RowFactory.create(id, dataset, cellPrior, s.qubits(), s.layers(), seed,
                                        v.label(), t, candidate, delta, 1e-9, before, best, accepted,
                                        v.generator(), parse, parse.equals("repaired") ? 1 : 0, 900L, 400L, 0.0065,
                                        v.model(), 0.6 + 0.3 * accuracy.nextDouble(),
                                        0.6 + 0.3 * accuracy.nextDouble()));
                            }
                        }
                    }
                }
            }
        }
        Files.createDirectories(out);
        spark.createDataFrame(cells, CELLS).write().mode(SaveMode.Overwrite).parquet(out.resolve("cells").toString());
        if (!searchRows.isEmpty()) {
            spark.createDataFrame(searchRows, ITERATIONS).write().mode(SaveMode.Overwrite)
                    .partitionBy("dataset", "prior").parquet(out.resolve("iterations").toString());
        }
        DerivedTablesFixture.derive(spark, out);
        Files.writeString(out.resolve("manifest.json"), """
                {"grid_name": "fixture", "grid_hash": "61dc1c52b89b0e98", "grid_source": "conf/grids/fixture.yaml",
                 "created_at": "2026-11-22T05:18:28Z", "grid": {"description": "a report test fixture"},
                 "runs": [{"started_at": "2026-11-22T05:18:28Z", "finished_at": "2026-11-22T05:19:00Z",
                           "project_version": "0.1.0-SNAPSHOT", "git_commit": "41e9be4", "spark_version": "4.2.0",
                           "master": "local[2]", "generator_override": null, "outcome": "finished",
                           "command": "submit/adainit run conf/grids/fixture.yaml --out OUT"}]}
                """);
        return out;
    }

    private static StructType schema(String... fields) {
        List<StructField> list = new ArrayList<>();
        for (String field : fields) {
            String[] parts = field.split(" ");
            DataType type = switch (parts[1]) {
                case "string" -> DataTypes.StringType;
                case "int" -> DataTypes.IntegerType;
                case "long" -> DataTypes.LongType;
                case "double" -> DataTypes.DoubleType;
                case "boolean" -> DataTypes.BooleanType;
                case "timestamp" -> DataTypes.TimestampType;
                default -> throw new IllegalArgumentException(field);
            };
            list.add(DataTypes.createStructField(parts[0], type, true));
        }
        return DataTypes.createStructType(list);
    }
}
