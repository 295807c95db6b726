package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Decay exponents: the least-squares slope of ln(variance) against the qubit count at fixed layers ({@code axis =
 * qubits}) and against the layer count at fixed qubits ({@code axis = layers}), fitted to every finished cell of the
 * series (one point per seed, not per mean). McClean's barren plateau shows as a slope near −ln 2 ≈ −0.69 per qubit.
 * A series needs two distinct x values; cells with a variance ≤ 0 have no logarithm and are counted in
 * {@code excluded}.
 */
public final class Slopes {

    public static final StructType SCHEMA;

    static {
        List<StructField> fields = new ArrayList<>(SeriesKey.FIELDS);
        fields.add(DataTypes.createStructField("axis", DataTypes.StringType, false));
        fields.add(DataTypes.createStructField("fixed_qubits", DataTypes.IntegerType, true));
        fields.add(DataTypes.createStructField("fixed_layers", DataTypes.IntegerType, true));
        fields.add(DataTypes.createStructField("points", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("x_min", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("x_max", DataTypes.IntegerType, false));
        fields.add(DataTypes.createStructField("slope", DataTypes.DoubleType, false));
        fields.add(DataTypes.createStructField("slope_stderr", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("intercept", DataTypes.DoubleType, false));
        fields.add(DataTypes.createStructField("r_squared", DataTypes.DoubleType, true));
        fields.add(DataTypes.createStructField("excluded", DataTypes.IntegerType, false));
        SCHEMA = DataTypes.createStructType(fields);
    }

    private Slopes() {}

    static List<Row> rows(List<CurvePoint> points) {
        List<Row> rows = new ArrayList<>();
        rows.addAll(fits(points, "qubits", CurvePoint::qubits, CurvePoint::layers));
        rows.addAll(fits(points, "layers", CurvePoint::layers, CurvePoint::qubits));
        return rows;
    }

    private static List<Row> fits(List<CurvePoint> points, String axis, ToIntFunction<CurvePoint> x,
            ToIntFunction<CurvePoint> fixed) {
        Map<String, List<CurvePoint>> series = points.stream()
                .filter(p -> p.ok() && p.variance() != null)
                .collect(Collectors.groupingBy(p -> p.series().values() + "/" + fixed.applyAsInt(p), TreeMap::new,
                        Collectors.toList()));
        List<Row> rows = new ArrayList<>();
        for (List<CurvePoint> group : series.values()) {
            SimpleRegression regression = new SimpleRegression();
            int excluded = 0;
            for (CurvePoint p : group) {
                if (p.variance() > 0) {
                    regression.addData(x.applyAsInt(p), Math.log(p.variance()));
                } else {
                    excluded++;
                }
            }
            int[] xs = group.stream().filter(p -> p.variance() > 0).mapToInt(x).distinct().sorted().toArray();
            if (xs.length < 2) {
                continue;
            }
            CurvePoint first = group.get(0);
            int fixedValue = fixed.applyAsInt(first);
            List<Object> row = new ArrayList<>(first.series().values());
            row.addAll(Arrays.asList(axis, axis.equals("layers") ? fixedValue : null,
                    axis.equals("qubits") ? fixedValue : null, (int) regression.getN(), xs[0], xs[xs.length - 1],
                    regression.getSlope(), finite(regression.getSlopeStdErr()), regression.getIntercept(),
                    finite(regression.getRSquare()), excluded));
            rows.add(RowFactory.create(row.toArray()));
        }
        return rows;
    }

    /** Commons Math reports NaN where a statistic is undefined (two points have no residual); tables say null. */
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
