package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.adainit.jobs.statistics.ExponentialFit;
import org.adainit.simulator.diagnostics.McCleanExperiment;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Decay exponents: the {@link ExponentialFit} of ln(variance) against the qubit count at fixed layers ({@code axis =
 * qubits}), against the qubit count along a depth rule L = k·N ({@code axis = qubits}, {@code layers_per_qubit = k},
 * {@link CurvePoint#layersPerQubit()}) and against the layer count at fixed qubits ({@code axis = layers}), fitted to
 * every finished cell of the series (one point per seed, not per mean), with its standard error and 95% interval. On
 * the qubit axis two theory lines stand beside it: {@code theory_slope} = −ln 2, the exponential decay of a 2-design
 * (McClean et al. 2018, Fig. 3 fits −0.685), and {@code two_design_slope}, the slope of McClean's 2-design value
 * 2^n/(3(4^n − 1)) (Methods, eq. 16–18, for ∂⟨Z1Z2⟩/∂θ_{1,1}) over the same qubit counts. The layer axis has no theory
 * line: past ~10n layers a 2-design's variance stops depending on depth (McClean Fig. 4).
 */
public final class Slopes {

    public static final StructType SCHEMA;

    /** −ln 2: a variance that halves with every added qubit. */
    public static final double PER_QUBIT_THEORY = -Math.log(2);

    static {
        List<StructField> fields = new ArrayList<>(SeriesKey.FIELDS);
        fields.add(DataTypes.createStructField("axis", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("fixed_qubits", DataTypes.IntegerType, true));
        fields.add(DataTypes.createStructField("fixed_layers", DataTypes.IntegerType, true));
        fields.addAll(FitColumns.FIELDS);
        fields.add(DataTypes.createStructField("theory_slope", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("two_design_slope", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("fallbacks", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("layers_per_qubit", DataTypes.IntegerType, true));
        SCHEMA = DataTypes.createStructType(fields);
    }

    private Slopes() {}

    static List<Row> rows(List<CurvePoint> points) {
        List<Row> rows = new ArrayList<>();
        rows.addAll(fits(points, "qubits", CurvePoint::qubits, p -> p.layers(), null));
        rows.addAll(fits(points.stream().filter(p -> p.layersPerQubit() != null).toList(), "qubits",
                CurvePoint::qubits, p -> p.layersPerQubit(), CurvePoint::layersPerQubit));
        rows.addAll(fits(points, "layers", CurvePoint::layers, p -> p.qubits(), null));
        return rows;
    }

    /**
     * @param fixed what stays constant along a series
     * @param depthRule L/N of a series whose depth grows with the width; null for a series at fixed layers or qubits
     */
    private static List<Row> fits(List<CurvePoint> points, String axis, ToIntFunction<CurvePoint> x,
            ToIntFunction<CurvePoint> fixed, Function<CurvePoint, Integer> depthRule) {
        Map<String, List<CurvePoint>> series = points.stream()
                .filter(CurvePoint::measured)
                .collect(Collectors.groupingBy(p -> p.series().values() + "/" + fixed.applyAsInt(p), TreeMap::new,
                        Collectors.toList()));
        boolean qubitAxis = axis.equals("qubits");
        List<Row> rows = new ArrayList<>();
        for (List<CurvePoint> group : series.values()) {
            int[] xs = group.stream().mapToInt(x).toArray();
            if (Arrays.stream(xs).distinct().count() < 2) {
                continue;
            }
            ExponentialFit fit = ExponentialFit.of(xs, group.stream().mapToDouble(CurvePoint::variance).toArray());
            if (fit == null) {
                continue;
            }
            CurvePoint first = group.get(0);
            int fixedValue = fixed.applyAsInt(first);
            List<Object> row = new ArrayList<>(first.series().values());
            boolean fixedSize = depthRule == null;
            row.addAll(Arrays.asList(axis, qubitAxis || !fixedSize ? null : fixedValue,
                    qubitAxis && fixedSize ? fixedValue : null));
            row.addAll(FitColumns.values(fit));
            row.add(qubitAxis ? PER_QUBIT_THEORY : null);
            row.add(qubitAxis ? twoDesignSlope(xs) : null);
            row.add((int) group.stream().filter(CurvePoint::fallback).count());
            row.add(fixedSize ? null : depthRule.apply(first));
            rows.add(RowFactory.create(row.toArray()));
        }
        return rows;
    }

    /** The slope of ln 2^n/(3(4^n − 1)) fitted over the same qubit counts (−ln 2 only asymptotically). */
    private static double twoDesignSlope(int[] qubits) {
        return ExponentialFit.of(qubits,
                Arrays.stream(qubits).mapToDouble(McCleanExperiment::predictedVariance).toArray()).slope();
    }
}
