package org.adainit.jobs.tables;

import java.util.List;
import org.adainit.jobs.grid.Cell;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.simulator.training.EpochRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** One row per (training run, epoch): every training of every cell, epoch by epoch. */
public final class EpochsTable {

    private record Source(Cell cell, int iteration, EpochRecord epoch) {}

    private static final TableColumns<Source> COLUMNS = new TableColumns<Source>()
            .addAll(KeyColumns.COLUMNS, Source::cell)
            .required("iteration", DataTypes.IntegerType, Source::iteration)
            .required("epoch", DataTypes.IntegerType, s -> s.epoch().epoch())
            .required("loss", DataTypes.DoubleType, s -> s.epoch().loss())
            .required("accuracy", DataTypes.DoubleType, s -> s.epoch().accuracy())
            .required("tracked_gradient", DataTypes.DoubleType, s -> s.epoch().trackedGradient())
            .required("gradient_norm", DataTypes.DoubleType, s -> s.epoch().gradientNorm());

    public static final StructType SCHEMA = COLUMNS.schema();

    private EpochsTable() {}

    public static List<Row> rows(CellOutcome outcome) {
        return outcome.trainings().stream()
                .flatMap(run -> run.epochs().stream().map(e -> COLUMNS.row(new Source(outcome.cell(), run.iteration(), e))))
                .toList();
    }
}
