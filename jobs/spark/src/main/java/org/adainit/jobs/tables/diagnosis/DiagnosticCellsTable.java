package org.adainit.jobs.tables.diagnosis;

import org.adainit.jobs.diagnosis.DiagnosticCell;
import org.adainit.jobs.outcome.DiagnosticOutcome;
import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** One row per diagnostic cell (a sample range of one point): status, timing and provenance. */
public final class DiagnosticCellsTable {

    public static final StructType SCHEMA = new StructType()
            .add("cell_id", DataTypes.StringType, false)
            .add("point", DataTypes.StringType, false)
            .add("sample_from", DataTypes.IntegerType, false)
            .add("sample_to", DataTypes.IntegerType, false)
            .add("status", DataTypes.StringType, false)
            .add("error", DataTypes.StringType, true)
            .add("started_at", DataTypes.TimestampType, false)
            .add("finished_at", DataTypes.TimestampType, false)
            .add("seconds", DataTypes.DoubleType, false)
            .add("executor", DataTypes.StringType, false)
            .add("project_version", DataTypes.StringType, false)
            .add("git_commit", DataTypes.StringType, false)
            .add("grid_name", DataTypes.StringType, false)
            .add("grid_hash", DataTypes.StringType, false);

    private DiagnosticCellsTable() {}

    public static Row row(DiagnosticOutcome o) {
        DiagnosticCell cell = o.cell();
        return RowFactory.create(cell.id(), cell.point().id(), cell.from(), cell.to(), o.status().externalName(),
                o.error(), new Timestamp(o.timing().startedAtMillis()), new Timestamp(o.timing().finishedAtMillis()),
                o.timing().seconds(), o.timing().executor(), o.provenance().projectVersion(),
                o.provenance().gitCommit(), o.provenance().gridName(), o.provenance().gridHash());
    }
}
