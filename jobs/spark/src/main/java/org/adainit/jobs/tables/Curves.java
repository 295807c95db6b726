package org.adainit.jobs.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The paper's mean ± std curves: per series and structure, over the seeds whose cell finished, the mean variance, its
 * sample standard deviation (ddof 1, as the figures' error bars over 5 repeats), and a 95% confidence interval for the
 * mean from Student's t with n − 1 degrees of freedom. With one seed, std and the interval are null.
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
        SCHEMA = DataTypes.createStructType(fields);
    }

    private Curves() {}

    static List<Row> rows(List<CurvePoint> points) {
        Map<String, List<CurvePoint>> groups = points.stream().collect(Collectors.groupingBy(
                p -> p.series().values() + "/" + p.qubits() + "/" + p.layers(), TreeMap::new, Collectors.toList()));
        List<Row> rows = new ArrayList<>();
        for (List<CurvePoint> group : groups.values()) {
            CurvePoint first = group.get(0);
            double[] values = group.stream()
                    .filter(p -> p.ok() && p.variance() != null)
                    .mapToDouble(CurvePoint::variance)
                    .toArray();
            int n = values.length;
            Double mean = n == 0 ? null : new Mean().evaluate(values);
            Double std = n < 2 ? null : new StandardDeviation(true).evaluate(values);
            Double halfWidth = n < 2 ? null
                    : new TDistribution(n - 1).inverseCumulativeProbability(0.975) * std / Math.sqrt(n);
            List<Object> row = new ArrayList<>(first.series().values());
            row.addAll(java.util.Arrays.asList(first.qubits(), first.layers(), n, mean, std,
                    halfWidth == null ? null : mean - halfWidth, halfWidth == null ? null : mean + halfWidth,
                    (int) group.stream().filter(p -> !p.ok()).count()));
            rows.add(RowFactory.create(row.toArray()));
        }
        return rows;
    }
}
