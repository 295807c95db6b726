package org.adainit.jobs.tables.diagnosis;

import java.util.List;
import java.util.Locale;
import org.adainit.jobs.grid.GridKind;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables of the diagnostics, one folder each under {@code --out}, named as their SQL views: those a
 * McClean or Zhang grid's run writes, and those {@code diagnose} adds to an AdaInit result directory.
 */
public enum DiagnosticTable {
    DIAGNOSTIC_CELLS(DiagnosticCellsTable.SCHEMA, GridKind.MCCLEAN, GridKind.ZHANG),
    MCCLEAN_SAMPLES(McCleanTables.SAMPLES, GridKind.MCCLEAN),
    MCCLEAN(McCleanTables.POINTS, GridKind.MCCLEAN),
    MCCLEAN_SLOPES(McCleanTables.SLOPES, GridKind.MCCLEAN),
    MCCLEAN_PLATEAUS(McCleanTables.PLATEAUS, GridKind.MCCLEAN),
    ZHANG_SAMPLES(ZhangTables.SAMPLES, GridKind.ZHANG),
    ZHANG(ZhangTables.POINTS, GridKind.ZHANG),
    ZHANG_SLOPES(ZhangTables.SLOPES, GridKind.ZHANG),
    LANDSCAPE(CellDiagnosticTables.LANDSCAPE, GridKind.ADAINIT),
    GRADIENT_DISTRIBUTION(CellDiagnosticTables.DISTRIBUTION, GridKind.ADAINIT),
    GRADIENT_HISTOGRAM(CellDiagnosticTables.HISTOGRAM, GridKind.ADAINIT);

    private final StructType schema;
    private final List<GridKind> kinds;

    DiagnosticTable(StructType schema, GridKind... kinds) {
        this.schema = schema;
        this.kinds = List.of(kinds);
    }

    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public StructType schema() {
        return schema;
    }

    /** The kinds of result directory that hold this table. */
    public List<GridKind> kinds() {
        return kinds;
    }
}
