package org.adainit.jobs.tables.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.names.ExternalNames;
import org.adainit.simulator.diagnostics.GradientMagnitudes.EpochDistribution;
import org.adainit.simulator.diagnostics.GradientMagnitudes;
import org.adainit.simulator.diagnostics.LossLandscape;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Schemas and rows of the per-cell views: the loss-landscape slice and the gradient-magnitude distributions. */
public final class CellDiagnosticTables {

    /** One row per grid point of the slice: loss(θ0 + alpha·a + beta·b) on the cell's training split. */
    public static final StructType LANDSCAPE = new StructType()
            .add("cell_id", DataTypes.StringType, false)
            .add("direction_a", DataTypes.StringType, false)
            .add("direction_b", DataTypes.StringType, false)
            .add("alpha", DataTypes.DoubleType, false)
            .add("beta", DataTypes.DoubleType, false)
            .add("loss", DataTypes.DoubleType, false);

    /** One row per (epoch, group): |∂E/∂θ| over every step and parameter of the group in that epoch. */
    public static final StructType DISTRIBUTION = new StructType()
            .add("cell_id", DataTypes.StringType, false)
            .add("epoch", DataTypes.IntegerType, false)
            .add("group", DataTypes.StringType, false)
            .add("count", DataTypes.IntegerType, false)
            .add("mean", DataTypes.DoubleType, false)
            .add("min", DataTypes.DoubleType, false)
            .add("p05", DataTypes.DoubleType, false)
            .add("p25", DataTypes.DoubleType, false)
            .add("median", DataTypes.DoubleType, false)
            .add("p75", DataTypes.DoubleType, false)
            .add("p95", DataTypes.DoubleType, false)
            .add("max", DataTypes.DoubleType, false);

    /** One row per (epoch, group, decade bin): how many magnitudes fell in [bin_low, bin_high). */
    public static final StructType HISTOGRAM = new StructType()
            .add("cell_id", DataTypes.StringType, false)
            .add("epoch", DataTypes.IntegerType, false)
            .add("group", DataTypes.StringType, false)
            .add("bin", DataTypes.IntegerType, false)
            .add("bin_low", DataTypes.DoubleType, false)
            .add("bin_high", DataTypes.DoubleType, false)
            .add("count", DataTypes.LongType, false);

    private CellDiagnosticTables() {}

    public static List<Row> landscapeRows(String cellId, String[] labels, LossLandscape.Slice slice) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < slice.alphas().length; i++) {
            for (int j = 0; j < slice.betas().length; j++) {
                rows.add(RowFactory.create(cellId, labels[0], labels[1], slice.alphas()[i], slice.betas()[j],
                        slice.loss()[i][j]));
            }
        }
        return rows;
    }

    public static List<Row> distributionRows(String cellId, List<EpochDistribution> distributions) {
        List<Row> rows = new ArrayList<>();
        for (EpochDistribution d : distributions) {
            rows.add(RowFactory.create(cellId, d.epoch(), ExternalNames.of(d.group()), d.count(), d.mean(), d.min(),
                    d.p05(), d.p25(), d.median(), d.p75(), d.p95(), d.max()));
        }
        return rows;
    }

    public static List<Row> histogramRows(String cellId, List<EpochDistribution> distributions) {
        List<Row> rows = new ArrayList<>();
        for (EpochDistribution d : distributions) {
            for (int bin = 0; bin < d.histogram().length; bin++) {
                rows.add(RowFactory.create(cellId, d.epoch(), ExternalNames.of(d.group()), bin,
                        GradientMagnitudes.binLow(bin), GradientMagnitudes.binHigh(bin), d.histogram()[bin]));
            }
        }
        return rows;
    }
}
