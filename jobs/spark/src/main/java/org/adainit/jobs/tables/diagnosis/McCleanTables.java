package org.adainit.jobs.tables.diagnosis;

import java.util.List;
import org.adainit.jobs.diagnosis.DiagnosticCell;
import org.adainit.jobs.diagnosis.DiagnosticValues;
import org.adainit.jobs.diagnosis.McCleanPoint;
import org.adainit.jobs.diagnosis.McCleanSummary;
import org.adainit.jobs.diagnosis.SampleMoments;
import org.adainit.jobs.tables.FitColumns;
import org.adainit.jobs.tables.TableColumns;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Schemas and rows of the McClean tables: per sample, per point, slopes per depth series, plateaus per n. */
public final class McCleanTables {

    /** A point's summary with the grid's seed, every sample's seed derives from it. */
    private record SeededSummary(McCleanSummary summary, long seed) {

        McCleanPoint point() {
            return summary.point();
        }

        SampleMoments moments() {
            return summary.moments();
        }
    }

    private static final TableColumns<DiagnosticSample> SAMPLE_COLUMNS = new TableColumns<DiagnosticSample>()
            .required("cell_id", DataTypes.StringType, s -> s.cell().id())
            .required("depth", DataTypes.StringType, s -> point(s).depth().label())
            .required("qubits", DataTypes.IntegerType, s -> point(s).qubits())
            .required("layers", DataTypes.IntegerType, s -> point(s).layers())
            .required("sample", DataTypes.IntegerType, DiagnosticSample::sample)
            .required("derivative", DataTypes.DoubleType, DiagnosticSample::value);

    private static final TableColumns<SeededSummary> POINT_COLUMNS = new TableColumns<SeededSummary>()
            .required("depth", DataTypes.StringType, s -> s.point().depth().label())
            .required("qubits", DataTypes.IntegerType, s -> s.point().qubits())
            .required("layers", DataTypes.IntegerType, s -> s.point().layers())
            .required("samples", DataTypes.IntegerType, s -> s.moments().count())
            .required("samples_planned", DataTypes.IntegerType, s -> s.point().samples())
            .required("mean", DataTypes.DoubleType, s -> s.moments().mean())
            .required("mean_stderr", DataTypes.DoubleType, s -> s.moments().meanStderr())
            .required("variance", DataTypes.DoubleType, s -> s.moments().variance())
            .nullable("variance_stderr", DataTypes.DoubleType, s -> s.moments().varianceStderr())
            .required("prediction", DataTypes.DoubleType, s -> s.summary().prediction())
            .required("ratio", DataTypes.DoubleType, s -> s.summary().ratio())
            .required("at_prediction", DataTypes.BooleanType, s -> s.summary().atPrediction())
            .required("seed", DataTypes.LongType, SeededSummary::seed);

    private static final TableColumns<McCleanSummary.Slope> SLOPE_COLUMNS = new TableColumns<McCleanSummary.Slope>()
            .required("depth", DataTypes.StringType, McCleanSummary.Slope::depth)
            .addAll(FitColumns.COLUMNS, McCleanSummary.Slope::fit)
            .required("predicted_slope", DataTypes.DoubleType, McCleanSummary.Slope::predictedSlope)
            .required("paper_slope", DataTypes.DoubleType, slope -> McCleanSummary.PAPER_SLOPE);

    private static final TableColumns<McCleanSummary.Plateau> PLATEAU_COLUMNS =
            new TableColumns<McCleanSummary.Plateau>()
                    .required("qubits", DataTypes.IntegerType, McCleanSummary.Plateau::qubits)
                    .required("depths", DataTypes.IntegerType, McCleanSummary.Plateau::depths)
                    .nullable("plateau_layers", DataTypes.IntegerType, McCleanSummary.Plateau::plateauLayers)
                    .nullable("plateau_layers_per_qubit", DataTypes.DoubleType, plateau ->
                            plateau.plateauLayers() == null ? null
                                    : plateau.plateauLayers() / (double) plateau.qubits())
                    .required("deepest_layers", DataTypes.IntegerType, McCleanSummary.Plateau::deepestLayers)
                    .required("deepest_ratio", DataTypes.DoubleType, McCleanSummary.Plateau::deepestRatio);

    /** One row per random circuit. */
    public static final StructType SAMPLES = SAMPLE_COLUMNS.schema();

    /** One row per (depth rule, qubits): the moments of ∂⟨Z1Z2⟩/∂θ_{1,1} next to the 2-design prediction. */
    public static final StructType POINTS = POINT_COLUMNS.schema();

    /** One row per depth series with two or more qubit counts: ln Var = intercept + slope·n. */
    public static final StructType SLOPES = SLOPE_COLUMNS.schema();

    /** One row per qubit count with two or more depths. */
    public static final StructType PLATEAUS = PLATEAU_COLUMNS.schema();

    private McCleanTables() {}

    public static List<Row> sampleRows(DiagnosticCell cell, DiagnosticValues values) {
        return DiagnosticSample.rows(cell, values, SAMPLE_COLUMNS);
    }

    /** @param seed the grid's seed, every sample's seed derives from it */
    public static Row pointRow(McCleanSummary summary, long seed) {
        return POINT_COLUMNS.row(new SeededSummary(summary, seed));
    }

    public static Row slopeRow(McCleanSummary.Slope slope) {
        return SLOPE_COLUMNS.row(slope);
    }

    public static Row plateauRow(McCleanSummary.Plateau plateau) {
        return PLATEAU_COLUMNS.row(plateau);
    }

    private static McCleanPoint point(DiagnosticSample sample) {
        return (McCleanPoint) sample.cell().point();
    }
}
