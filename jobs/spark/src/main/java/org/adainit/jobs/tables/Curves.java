package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.adainit.jobs.statistics.GeometricSpread;
import org.adainit.simulator.diagnostics.McCleanExperiment;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Per series and structure, over the seeds whose cell finished: the paper's mean ± std (sample std, ddof 1, as the
 * figures' error bars over 5 repeats) and the log-space summary the report draws, because the variances span orders of
 * magnitude: geometric mean, geometric std (a factor: the band is mean ×/÷ std, never through zero) and a 95% interval
 * of the geometric mean from Student's t on ln v ({@link GeometricSpread}), positive by construction. {@code
 * fallbacks} counts the cells whose search accepted nothing (they report argmax V instead of S^(T)); {@code
 * layers_per_qubit} marks the structures of a depth-grows-with-width series ({@link CurvePoint#layersPerQubit()});
 * {@code two_design_variance} is the theory line of a deep circuit: McClean's 2-design variance of a Pauli
 * observable's gradient at this qubit count ({@link McCleanExperiment#predictedVariance(int)}).
 */
public final class Curves {

    public static final StructType SCHEMA;

    static {
        List<StructField> fields = new ArrayList<>(SeriesKey.FIELDS);
        fields.add(DataTypes.createStructField("qubits", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("layers", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("n", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("mean", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("std", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("ci95_low", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("ci95_high", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("failed", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("geo_mean", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("geo_std", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("fallbacks", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("layers_per_qubit", DataTypes.IntegerType, true));
        fields.add(DataTypes.createStructField("two_design_variance", DataTypes.DoubleType, false));
        SCHEMA = DataTypes.createStructType(fields);
    }

    private Curves() {}

    static List<Row> rows(List<CurvePoint> points) {
        Map<String, List<CurvePoint>> groups = points.stream().collect(Collectors.groupingBy(
                p -> p.series().values() + "/" + p.qubits() + "/" + p.layers(), TreeMap::new, Collectors.toList()));
        List<Row> rows = new ArrayList<>();
        for (List<CurvePoint> group : groups.values()) {
            CurvePoint first = group.get(0);
            List<CurvePoint> measured = group.stream().filter(CurvePoint::measured).toList();
            double[] values = measured.stream().mapToDouble(CurvePoint::variance).toArray();
            int n = values.length;
            GeometricSpread spread = GeometricSpread.of(values);
            List<Object> row = new ArrayList<>(first.series().values());
            row.addAll(Arrays.asList(first.qubits(), first.layers(), n,
                    n == 0 ? null : new Mean().evaluate(values),
                    n < 2 ? null : new StandardDeviation(true).evaluate(values),
                    spread == null ? null : spread.ci95Low(), spread == null ? null : spread.ci95High(),
                    (int) group.stream().filter(p -> !p.ok()).count(),
                    spread == null ? null : spread.geometricMean(), spread == null ? null : spread.geometricStd(),
                    (int) measured.stream().filter(CurvePoint::fallback).count(), first.layersPerQubit(),
                    McCleanExperiment.predictedVariance(first.qubits())));
            rows.add(RowFactory.create(row.toArray()));
        }
        return rows;
    }
}
