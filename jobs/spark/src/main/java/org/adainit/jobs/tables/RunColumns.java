package org.adainit.jobs.tables;

import java.sql.Timestamp;
import org.adainit.jobs.outcome.Provenance;
import org.adainit.jobs.outcome.Timing;
import org.apache.spark.sql.types.DataTypes;

/** When, where and from what a cell ran: the closing columns of the cells and diagnostic cells tables. */
public final class RunColumns {

    public static final TableColumns<Timing> TIMING = new TableColumns<Timing>()
            .required("started_at", DataTypes.TimestampType, t -> new Timestamp(t.startedAtMillis()))
            .required("finished_at", DataTypes.TimestampType, t -> new Timestamp(t.finishedAtMillis()))
            .required("seconds", DataTypes.DoubleType, Timing::seconds)
            .required("executor", DataTypes.StringType, Timing::executor);

    public static final TableColumns<Provenance> PROVENANCE = new TableColumns<Provenance>()
            .required("project_version", DataTypes.StringType, Provenance::projectVersion)
            .required("git_commit", DataTypes.StringType, Provenance::gitCommit)
            .required("grid_name", DataTypes.StringType, Provenance::gridName)
            .required("grid_hash", DataTypes.StringType, Provenance::gridHash);

    private RunColumns() {}
}
