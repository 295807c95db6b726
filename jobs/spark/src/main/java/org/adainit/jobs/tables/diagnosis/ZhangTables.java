package org.adainit.jobs.tables.diagnosis;

import java.util.List;
import org.adainit.jobs.diagnosis.DiagnosticCell;
import org.adainit.jobs.diagnosis.DiagnosticValues;
import org.adainit.jobs.diagnosis.ZhangPoint;
import org.adainit.jobs.diagnosis.ZhangSummary;
import org.adainit.jobs.names.ExternalNames;
import org.adainit.jobs.tables.FitColumns;
import org.adainit.jobs.tables.TableColumns;
import org.adainit.simulator.diagnostics.CircuitDesign;
import org.adainit.simulator.diagnostics.RandomPart;
import org.adainit.simulator.diagnostics.ZhangTask;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Schemas and rows of the Zhang tables: per sample, per point (Fig. 5's dots and bounds), slopes per legend. */
public final class ZhangTables {

    /** The series of Fig. 5 a row belongs to; every Zhang table names it in its first columns (after any id). */
    private record Legend(ZhangTask task, RandomPart part, CircuitDesign design, String depth) {

        static Legend of(ZhangPoint point) {
            return new Legend(point.task(), point.part(), point.design(), point.depth().label());
        }

        static Legend of(ZhangSummary.Slope slope) {
            return new Legend(slope.task(), slope.part(), slope.design(), slope.depth());
        }
    }

    /** A point's summary with the grid's seed, every sample's seed derives from it. */
    private record SeededSummary(ZhangSummary summary, long seed) {

        ZhangPoint point() {
            return summary.point();
        }
    }

    private static final TableColumns<Legend> LEGEND_COLUMNS = new TableColumns<Legend>()
            .required("task", DataTypes.StringType, legend -> ExternalNames.of(legend.task()))
            .required("part", DataTypes.StringType, legend -> ExternalNames.of(legend.part()))
            .required("design", DataTypes.StringType, legend -> ExternalNames.of(legend.design()))
            .required("depth", DataTypes.StringType, Legend::depth);

    private static final TableColumns<DiagnosticSample> SAMPLE_COLUMNS = new TableColumns<DiagnosticSample>()
            .required("cell_id", DataTypes.StringType, s -> s.cell().id())
            .addAll(LEGEND_COLUMNS, s -> Legend.of(point(s)))
            .required("qubits", DataTypes.IntegerType, s -> point(s).qubits())
            .required("layers", DataTypes.IntegerType, s -> point(s).layers())
            .required("sample", DataTypes.IntegerType, DiagnosticSample::sample)
            .required("range", DataTypes.DoubleType, DiagnosticSample::value)
            .required("max", DataTypes.DoubleType, DiagnosticSample::maximum)
            .required("min", DataTypes.DoubleType, DiagnosticSample::minimum)
            .required("width", DataTypes.DoubleType, s -> point(s).width())
            .required("ratio", DataTypes.DoubleType, s -> s.value() / point(s).width());

    private static final TableColumns<SeededSummary> POINT_COLUMNS = new TableColumns<SeededSummary>()
            .addAll(LEGEND_COLUMNS, s -> Legend.of(s.point()))
            .required("qubits", DataTypes.IntegerType, s -> s.point().qubits())
            .required("layers", DataTypes.IntegerType, s -> s.point().layers())
            .required("samples", DataTypes.IntegerType, s -> s.summary().samples())
            .required("samples_planned", DataTypes.IntegerType, s -> s.point().samples())
            .required("width", DataTypes.DoubleType, s -> s.summary().width())
            .required("mean_range", DataTypes.DoubleType, s -> s.summary().meanRange())
            .required("mean_ratio", DataTypes.DoubleType, s -> s.summary().meanRatio())
            .required("std_ratio", DataTypes.DoubleType, s -> s.summary().stdRatio())
            .required("stderr_ratio", DataTypes.DoubleType, s -> s.summary().stderrRatio())
            .nullable("prediction", DataTypes.DoubleType, s -> s.summary().prediction())
            .required("theorem1_bound", DataTypes.DoubleType, s -> s.summary().theoremOneBound())
            .nullable("proposition2_bound", DataTypes.DoubleType, s -> s.summary().propositionTwoBound())
            .required("seed", DataTypes.LongType, SeededSummary::seed);

    private static final TableColumns<ZhangSummary.Slope> SLOPE_COLUMNS = new TableColumns<ZhangSummary.Slope>()
            .addAll(LEGEND_COLUMNS, Legend::of)
            .addAll(FitColumns.COLUMNS, ZhangSummary.Slope::fit)
            .required("theory_slope", DataTypes.DoubleType, ZhangSummary.Slope::theorySlope);

    /** One row per sampled (V1, V2): max and min of C over U_A and their difference Δ. */
    public static final StructType SAMPLES = SAMPLE_COLUMNS.schema();

    /** One row per point: E[Δ]/w and its spread, the exact value where known, Theorem 1 and Proposition 2. */
    public static final StructType POINTS = POINT_COLUMNS.schema();

    /** One row per legend with two or more qubit counts: ln(E[Δ]/w) = intercept + slope·n. */
    public static final StructType SLOPES = SLOPE_COLUMNS.schema();

    private ZhangTables() {}

    public static List<Row> sampleRows(DiagnosticCell cell, DiagnosticValues values) {
        return DiagnosticSample.rows(cell, values, SAMPLE_COLUMNS);
    }

    /** @param seed the grid's seed, every sample's seed derives from it */
    public static Row pointRow(ZhangSummary summary, long seed) {
        return POINT_COLUMNS.row(new SeededSummary(summary, seed));
    }

    public static Row slopeRow(ZhangSummary.Slope slope) {
        return SLOPE_COLUMNS.row(slope);
    }

    private static ZhangPoint point(DiagnosticSample sample) {
        return (ZhangPoint) sample.cell().point();
    }
}
