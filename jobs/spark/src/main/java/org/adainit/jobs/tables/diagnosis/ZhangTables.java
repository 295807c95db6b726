package org.adainit.jobs.tables.diagnosis;

import org.adainit.jobs.diagnosis.ZhangPoint;
import org.adainit.jobs.diagnosis.ZhangSummary;
import org.adainit.jobs.diagnosis.DiagnosticValues;
import org.adainit.jobs.diagnosis.DiagnosticCell;
import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.names.ExternalNames;
import org.adainit.jobs.tables.FitColumns;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Schemas and rows of the Zhang tables: per sample, per point (Fig. 5's dots and bounds), slopes per legend. */
public final class ZhangTables {

    /** One row per sampled (V1, V2): max and min of C over U_A and their difference Δ. */
    public static final StructType SAMPLES = legend(new StructType().add("cell_id", DataTypes.StringType, false))
            .add("qubits", DataTypes.IntegerType, false)
            .add("layers", DataTypes.IntegerType, false)
            .add("sample", DataTypes.IntegerType, false)
            .add("range", DataTypes.DoubleType, false)
            .add("max", DataTypes.DoubleType, false)
            .add("min", DataTypes.DoubleType, false)
            .add("width", DataTypes.DoubleType, false)
            .add("ratio", DataTypes.DoubleType, false);

    /** One row per point: E[Δ]/w and its spread, the exact value where known, Theorem 1 and Proposition 2. */
    public static final StructType POINTS = legend(new StructType())
            .add("qubits", DataTypes.IntegerType, false)
            .add("layers", DataTypes.IntegerType, false)
            .add("samples", DataTypes.IntegerType, false)
            .add("samples_planned", DataTypes.IntegerType, false)
            .add("width", DataTypes.DoubleType, false)
            .add("mean_range", DataTypes.DoubleType, false)
            .add("mean_ratio", DataTypes.DoubleType, false)
            .add("std_ratio", DataTypes.DoubleType, false)
            .add("stderr_ratio", DataTypes.DoubleType, false)
            .add("prediction", DataTypes.DoubleType, true)
            .add("theorem1_bound", DataTypes.DoubleType, false)
            .add("proposition2_bound", DataTypes.DoubleType, true)
            .add("seed", DataTypes.LongType, false);

    /** One row per legend with two or more qubit counts: ln(E[Δ]/w) = intercept + slope·n. */
    public static final StructType SLOPES = FitColumns.appendTo(legend(new StructType()))
            .add("theory_slope", DataTypes.DoubleType, false);

    private ZhangTables() {}

    public static List<Row> sampleRows(DiagnosticCell cell, DiagnosticValues values) {
        ZhangPoint p = (ZhangPoint) cell.point();
        double width = p.width();
        List<Row> rows = new ArrayList<>(values.values().length);
        for (int i = 0; i < values.values().length; i++) {
            double range = values.values()[i];
            rows.add(RowFactory.create(cell.id(), ExternalNames.of(p.task()), ExternalNames.of(p.part()),
                    ExternalNames.of(p.design()), p.depth().label(), p.qubits(), p.layers(), cell.from() + i, range,
                    values.maxima()[i], values.minima()[i], width, range / width));
        }
        return rows;
    }

    /** @param seed the grid's seed, every sample's seed derives from it */
    public static Row pointRow(ZhangSummary s, long seed) {
        ZhangPoint p = s.point();
        return RowFactory.create(ExternalNames.of(p.task()), ExternalNames.of(p.part()),
                ExternalNames.of(p.design()), p.depth().label(), p.qubits(), p.layers(), s.samples(), p.samples(),
                s.width(), s.meanRange(), s.meanRatio(), s.stdRatio(), s.stderrRatio(), s.prediction(),
                s.theoremOneBound(), s.propositionTwoBound(), seed);
    }

    public static Row slopeRow(ZhangSummary.Slope slope) {
        List<Object> values = new ArrayList<>(List.of(ExternalNames.of(slope.task()), ExternalNames.of(slope.part()),
                ExternalNames.of(slope.design()), slope.depth()));
        values.addAll(FitColumns.values(slope.fit()));
        values.add(slope.theorySlope());
        return RowFactory.create(values.toArray());
    }

    /** The legend columns every Zhang table starts with (after any id). */
    private static StructType legend(StructType start) {
        return start.add("task", DataTypes.StringType, false)
                .add("part", DataTypes.StringType, false)
                .add("design", DataTypes.StringType, false)
                .add("depth", DataTypes.StringType, false);
    }
}
