package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.outcome.CellOutcome;
import org.adainit.jobs.outcome.TrainingRun;
import org.adainit.simulator.training.EpochRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** One row per (training run, epoch): every training of every cell, epoch by epoch. */
public final class EpochsTable {

    public static final StructType SCHEMA;

    static {
        List<StructField> fields = new ArrayList<>(KeyColumns.FIELDS);
        fields.add(DataTypes.createStructField("iteration", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("epoch", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("loss", DataTypes.DoubleType, false));
        fields.add(DataTypes.createStructField("accuracy", DataTypes.DoubleType, false));
        fields.add(DataTypes.createStructField("tracked_gradient", DataTypes.DoubleType, false));
        fields.add(DataTypes.createStructField("gradient_norm", DataTypes.DoubleType, false));
        SCHEMA = DataTypes.createStructType(fields);
    }

    private EpochsTable() {}

    public static List<Row> rows(CellOutcome outcome) {
        List<Object> key = KeyColumns.values(outcome.cell());
        List<Row> rows = new ArrayList<>();
        for (TrainingRun run : outcome.trainings()) {
            for (EpochRecord e : run.epochs()) {
                List<Object> values = new ArrayList<>(key);
                values.addAll(List.of(run.iteration(), e.epoch(), e.loss(), e.accuracy(), e.trackedGradient(),
                        e.gradientNorm()));
                rows.add(RowFactory.create(values.toArray()));
            }
        }
        return rows;
    }
}
