package org.adainit.jobs.tables.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.adainit.jobs.names.ExternalNames;
import org.adainit.jobs.tables.TableColumns;
import org.adainit.simulator.diagnostics.GradientMagnitudes;
import org.adainit.simulator.diagnostics.GradientMagnitudes.EpochDistribution;
import org.adainit.simulator.diagnostics.LossLandscape;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Schemas and rows of the per-cell views: the loss-landscape slice and the gradient-magnitude distributions. */
public final class CellDiagnosticTables {

    /** Grid point (alpha index i, beta index j) of a cell's slice along directions labelled a and b. */
    private record SlicePoint(String cellId, String[] labels, LossLandscape.Slice slice, int i, int j) {}

    /** One group's magnitudes in one epoch of a cell's training. */
    private record CellDistribution(String cellId, EpochDistribution magnitudes) {}

    /** One decade bin of a {@link CellDistribution}'s histogram. */
    private record HistogramBin(CellDistribution distribution, int bin) {}

    private static final TableColumns<SlicePoint> LANDSCAPE_COLUMNS = new TableColumns<SlicePoint>()
            .required("cell_id", DataTypes.StringType, SlicePoint::cellId)
            .required("direction_a", DataTypes.StringType, p -> p.labels()[0])
            .required("direction_b", DataTypes.StringType, p -> p.labels()[1])
            .required("alpha", DataTypes.DoubleType, p -> p.slice().alphas()[p.i()])
            .required("beta", DataTypes.DoubleType, p -> p.slice().betas()[p.j()])
            .required("loss", DataTypes.DoubleType, p -> p.slice().loss()[p.i()][p.j()]);

    /** Which cell, epoch and parameter group a distribution or histogram row describes. */
    private static final TableColumns<CellDistribution> EPOCH_GROUP_COLUMNS = new TableColumns<CellDistribution>()
            .required("cell_id", DataTypes.StringType, CellDistribution::cellId)
            .required("epoch", DataTypes.IntegerType, d -> d.magnitudes().epoch())
            .required("group", DataTypes.StringType, d -> ExternalNames.of(d.magnitudes().group()));

    /** The statistics of the magnitudes themselves. */
    private static final TableColumns<EpochDistribution> MAGNITUDE_COLUMNS =
            new TableColumns<EpochDistribution>()
                    .required("count", DataTypes.IntegerType, EpochDistribution::count)
                    .required("mean", DataTypes.DoubleType, EpochDistribution::mean)
                    .required("min", DataTypes.DoubleType, EpochDistribution::min)
                    .required("p05", DataTypes.DoubleType, EpochDistribution::p05)
                    .required("p25", DataTypes.DoubleType, EpochDistribution::p25)
                    .required("median", DataTypes.DoubleType, EpochDistribution::median)
                    .required("p75", DataTypes.DoubleType, EpochDistribution::p75)
                    .required("p95", DataTypes.DoubleType, EpochDistribution::p95)
                    .required("max", DataTypes.DoubleType, EpochDistribution::max);

    private static final TableColumns<CellDistribution> DISTRIBUTION_COLUMNS =
            new TableColumns<CellDistribution>()
                    .addAll(EPOCH_GROUP_COLUMNS, Function.identity())
                    .addAll(MAGNITUDE_COLUMNS, CellDistribution::magnitudes);

    private static final TableColumns<HistogramBin> HISTOGRAM_COLUMNS = new TableColumns<HistogramBin>()
            .addAll(EPOCH_GROUP_COLUMNS, HistogramBin::distribution)
            .required("bin", DataTypes.IntegerType, HistogramBin::bin)
            .required("bin_low", DataTypes.DoubleType, b -> GradientMagnitudes.binLow(b.bin()))
            .required("bin_high", DataTypes.DoubleType, b -> GradientMagnitudes.binHigh(b.bin()))
            .required("count", DataTypes.LongType, b -> b.distribution().magnitudes().histogram()[b.bin()]);

    /** One row per grid point of the slice: loss(θ0 + alpha·a + beta·b) on the cell's training split. */
    public static final StructType LANDSCAPE = LANDSCAPE_COLUMNS.schema();

    /** One row per (epoch, group): |∂E/∂θ| over every step and parameter of the group in that epoch. */
    public static final StructType DISTRIBUTION = DISTRIBUTION_COLUMNS.schema();

    /** One row per (epoch, group, decade bin): how many magnitudes fell in [bin_low, bin_high). */
    public static final StructType HISTOGRAM = HISTOGRAM_COLUMNS.schema();

    private CellDiagnosticTables() {}

    public static List<Row> landscapeRows(String cellId, String[] labels, LossLandscape.Slice slice) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < slice.alphas().length; i++) {
            for (int j = 0; j < slice.betas().length; j++) {
                rows.add(LANDSCAPE_COLUMNS.row(new SlicePoint(cellId, labels, slice, i, j)));
            }
        }
        return rows;
    }

    public static List<Row> distributionRows(String cellId, List<EpochDistribution> distributions) {
        return distributions.stream()
                .map(d -> DISTRIBUTION_COLUMNS.row(new CellDistribution(cellId, d)))
                .toList();
    }

    public static List<Row> histogramRows(String cellId, List<EpochDistribution> distributions) {
        List<Row> rows = new ArrayList<>();
        for (EpochDistribution d : distributions) {
            CellDistribution distribution = new CellDistribution(cellId, d);
            for (int bin = 0; bin < d.histogram().length; bin++) {
                rows.add(HISTOGRAM_COLUMNS.row(new HistogramBin(distribution, bin)));
            }
        }
        return rows;
    }
}
