package org.adainit.jobs.tables;

import java.util.List;
import java.util.Locale;

/** The Parquet tables a run writes under its {@code --out} directory, one folder each, named as the SQL views. */
public enum ResultTable {
    /** One row per cell: axes, method, result, θ0*, status, timings, generator, provenance. */
    CELLS(List.of()),
    /** One row per search iteration. */
    ITERATIONS(List.of("dataset", "prior")),
    /** One row per (training run, epoch). */
    EPOCHS(List.of("dataset", "prior")),
    /** Mean, std, 95% CI and n over seeds per dataset/prior/variant/qubits/layers. */
    CURVES(List.of()),
    /** Fitted slope of ln(variance) against qubits (fixed layers) and against layers (fixed qubits). */
    SLOPES(List.of());

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
}
