package org.adainit.jobs.tables.diagnosis;

import org.adainit.jobs.outcome.DiagnosticOutcome;
import org.adainit.jobs.tables.RunColumns;
import org.adainit.jobs.tables.TableColumns;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** One row per diagnostic cell (a sample range of one point): status, timing and provenance. */
public final class DiagnosticCellsTable {

    private static final TableColumns<DiagnosticOutcome> COLUMNS = new TableColumns<DiagnosticOutcome>()
            .required("cell_id", DataTypes.StringType, o -> o.cell().id())
            .required("point", DataTypes.StringType, o -> o.cell().point().id())
            .required("sample_from", DataTypes.IntegerType, o -> o.cell().from())
            .required("sample_to", DataTypes.IntegerType, o -> o.cell().to())
            .required("status", DataTypes.StringType, o -> o.status().externalName())
            .nullable("error", DataTypes.StringType, DiagnosticOutcome::error)
            .addAll(RunColumns.TIMING, DiagnosticOutcome::timing)
            .addAll(RunColumns.PROVENANCE, DiagnosticOutcome::provenance);

    public static final StructType SCHEMA = COLUMNS.schema();

    private DiagnosticCellsTable() {}

    public static Row row(DiagnosticOutcome outcome) {
        return COLUMNS.row(outcome);
    }
}
