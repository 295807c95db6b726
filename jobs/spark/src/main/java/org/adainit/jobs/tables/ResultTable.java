package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Parquet tables a run writes under its {@code --out} directory, one folder each, named as the SQL views. */
public enum ResultTable {
    /** One row per cell: axes, method, result, θ0*, status, timings, generator, provenance. */
    CELLS(List.of()),
    /** One row per search iteration. */
    ITERATIONS(List.of("dataset", "prior")),
    /** One row per (training run, epoch). */
    EPOCHS(List.of("dataset", "prior")),
    /** Mean, std, geometric mean ×/÷ std, a log-space 95% CI and n over seeds per series and structure. */
    CURVES(List.of()),
    /** Fitted slope of ln(variance) against qubits and against layers, with its SE, 95% CI and theory lines. */
    SLOPES(List.of()),
    /** Paired method comparisons per dataset, prior and structure: geometric-mean ratio, CI, wins, Wilcoxon p. */
    COMPARISONS(List.of()),
    /** Rank correlation of the variance at θ0 with the test and validation accuracy per dataset, prior, structure. */
    CORRELATIONS(List.of());

    private final List<String> partitionColumns;

    ResultTable(List<String> partitionColumns) {
        this.partitionColumns = partitionColumns;
    }

    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Hive-style partition folders; the big tables are split by dataset and prior, which most queries filter on. */
    public List<String> partitionColumns() {
        return partitionColumns;
    }

    /**
     * The table as written, its partition columns last (where Parquet partition discovery puts them). Reading with it
     * needs no schema inference, so an empty table (no search in the grid, no iterations) reads as empty.
     */
    public StructType schema() {
        StructType written = rowSchema();
        List<StructField> fields = new ArrayList<>();
        Arrays.stream(written.fields()).filter(f -> !partitionColumns.contains(f.name())).forEach(fields::add);
        Arrays.stream(written.fields()).filter(f -> partitionColumns.contains(f.name())).forEach(fields::add);
        return DataTypes.createStructType(fields);
    }

    /** The schema of the rows the table is built from, partition columns where the row builders put them. */
    StructType rowSchema() {
        return switch (this) {
            case CELLS -> CellsTable.SCHEMA;
            case ITERATIONS -> IterationsTable.SCHEMA;
            case EPOCHS -> EpochsTable.SCHEMA;
            case CURVES -> Curves.SCHEMA;
            case SLOPES -> Slopes.SCHEMA;
            case COMPARISONS -> Comparisons.SCHEMA;
            case CORRELATIONS -> Correlations.SCHEMA;
        };
    }

    /** The table of a result directory. */
    public Dataset<Row> read(SparkSession spark, ResultDirectory directory) {
        return spark.read().schema(schema()).parquet(directory.table(tableName()));
    }
}
