package org.adainit.jobs.tables;

import java.util.Arrays;
import java.util.List;
import org.adainit.jobs.statistics.ExponentialFit;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of an {@link ExponentialFit}, the same in every slopes table (AdaInit's {@code slopes}, McClean's and
 * Zhang's): ln y = intercept + slope·x over x_min..x_max, the slope's standard error and 95% interval (Student's t,
 * points − 2 degrees of freedom), and the points left out because y ≤ 0 has no logarithm.
 */
public final class FitColumns {

    public static final List<StructField> FIELDS = List.of(
            DataTypes.createStructField("points", DataTypes.IntegerType, false),
            DataTypes.createStructField("excluded", DataTypes.IntegerType, false),
            DataTypes.createStructField("x_min", DataTypes.IntegerType, false),
            DataTypes.createStructField("x_max", DataTypes.IntegerType, false),
            DataTypes.createStructField("slope", DataTypes.DoubleType, false),
            DataTypes.createStructField("slope_stderr", DataTypes.DoubleType, true),
            DataTypes.createStructField("slope_ci95_low", DataTypes.DoubleType, true),
            DataTypes.createStructField("slope_ci95_high", DataTypes.DoubleType, true),
            DataTypes.createStructField("intercept", DataTypes.DoubleType, false),
            DataTypes.createStructField("r_squared", DataTypes.DoubleType, true));

    private FitColumns() {}

    /** {@code schema} followed by the fit columns. */
    public static StructType appendTo(StructType schema) {
        StructType result = schema;
        for (StructField field : FIELDS) {
            result = result.add(field);
        }
        return result;
    }

    /** The fit's values in {@link #FIELDS} order. */
    public static List<Object> values(ExponentialFit fit) {
        return Arrays.asList(fit.points(), fit.excluded(), fit.xMin(), fit.xMax(), fit.slope(), fit.slopeStderr(),
                fit.slopeCi95Low(), fit.slopeCi95High(), fit.intercept(), fit.rSquared());
    }
}
