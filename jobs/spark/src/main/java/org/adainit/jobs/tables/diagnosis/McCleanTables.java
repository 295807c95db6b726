package org.adainit.jobs.tables.diagnosis;

import org.adainit.jobs.diagnosis.McCleanPoint;
import org.adainit.jobs.diagnosis.SampleMoments;
import org.adainit.jobs.diagnosis.DiagnosticValues;
import org.adainit.jobs.diagnosis.McCleanSummary;
import org.adainit.jobs.diagnosis.DiagnosticCell;
import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.tables.FitColumns;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Schemas and rows of the McClean tables: per sample, per point, slopes per depth series, plateaus per n. */
public final class McCleanTables {

    /** One row per random circuit. */
    public static final StructType SAMPLES = new StructType()
            .add("cell_id", DataTypes.StringType, false)
            .add("depth", DataTypes.StringType, false)
            .add("qubits", DataTypes.IntegerType, false)
            .add("layers", DataTypes.IntegerType, false)
            .add("sample", DataTypes.IntegerType, false)
            .add("derivative", DataTypes.DoubleType, false);

    /** One row per (depth rule, qubits): the moments of ∂⟨Z1Z2⟩/∂θ_{1,1} next to the 2-design prediction. */
    public static final StructType POINTS = new StructType()
            .add("depth", DataTypes.StringType, false)
            .add("qubits", DataTypes.IntegerType, false)
            .add("layers", DataTypes.IntegerType, false)
            .add("samples", DataTypes.IntegerType, false)
            .add("samples_planned", DataTypes.IntegerType, false)
            .add("mean", DataTypes.DoubleType, false)
            .add("mean_stderr", DataTypes.DoubleType, false)
            .add("variance", DataTypes.DoubleType, false)
            .add("variance_stderr", DataTypes.DoubleType, true)
            .add("prediction", DataTypes.DoubleType, false)
            .add("ratio", DataTypes.DoubleType, false)
            .add("at_prediction", DataTypes.BooleanType, false)
            .add("seed", DataTypes.LongType, false);

    /** One row per depth series with two or more qubit counts: ln Var = intercept + slope·n. */
    public static final StructType SLOPES = FitColumns.appendTo(new StructType()
            .add("depth", DataTypes.StringType, false))
            .add("predicted_slope", DataTypes.DoubleType, false)
            .add("paper_slope", DataTypes.DoubleType, false);

    /** One row per qubit count with two or more depths. */
    public static final StructType PLATEAUS = new StructType()
            .add("qubits", DataTypes.IntegerType, false)
            .add("depths", DataTypes.IntegerType, false)
            .add("plateau_layers", DataTypes.IntegerType, true)
            .add("plateau_layers_per_qubit", DataTypes.DoubleType, true)
            .add("deepest_layers", DataTypes.IntegerType, false)
            .add("deepest_ratio", DataTypes.DoubleType, false);

    private McCleanTables() {}

    public static List<Row> sampleRows(DiagnosticCell cell, DiagnosticValues values) {
        McCleanPoint point = (McCleanPoint) cell.point();
        List<Row> rows = new ArrayList<>(values.values().length);
        for (int i = 0; i < values.values().length; i++) {
            rows.add(RowFactory.create(cell.id(), point.depth().label(), point.qubits(), point.layers(),
                    cell.from() + i, values.values()[i]));
        }
        return rows;
    }

    /** @param seed the grid's seed, every sample's seed derives from it */
    public static Row pointRow(McCleanSummary s, long seed) {
        McCleanPoint p = s.point();
        SampleMoments m = s.moments();
        return RowFactory.create(p.depth().label(), p.qubits(), p.layers(), m.count(), p.samples(), m.mean(),
                m.meanStderr(), m.variance(), m.varianceStderr(), s.prediction(), s.ratio(), s.atPrediction(), seed);
    }

    public static Row slopeRow(McCleanSummary.Slope slope) {
        List<Object> values = new ArrayList<>();
        values.add(slope.depth());
        values.addAll(FitColumns.values(slope.fit()));
        values.addAll(List.of(slope.predictedSlope(), McCleanSummary.PAPER_SLOPE));
        return RowFactory.create(values.toArray());
    }

    public static Row plateauRow(McCleanSummary.Plateau plateau) {
        Double perQubit = plateau.plateauLayers() == null ? null
                : plateau.plateauLayers() / (double) plateau.qubits();
        return RowFactory.create(plateau.qubits(), plateau.depths(), plateau.plateauLayers(), perQubit,
                plateau.deepestLayers(), plateau.deepestRatio());
    }
}
