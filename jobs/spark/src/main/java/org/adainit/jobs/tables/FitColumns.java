package org.adainit.jobs.tables;

import java.util.List;
import org.adainit.jobs.statistics.ExponentialFit;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The columns of an {@link ExponentialFit}, the same in every slopes table (AdaInit's {@code slopes}, McClean's and
 * Zhang's): ln y = intercept + slope·x over x_min..x_max, the slope's standard error and 95% interval (Student's t,
 * points − 2 degrees of freedom), and the points left out because y ≤ 0 has no logarithm.
 */
public final class FitColumns {

    public static final TableColumns<ExponentialFit> COLUMNS = new TableColumns<ExponentialFit>()
            .required("points", DataTypes.IntegerType, ExponentialFit::points)
            .required("excluded", DataTypes.IntegerType, ExponentialFit::excluded)
            .required("x_min", DataTypes.IntegerType, ExponentialFit::xMin)
            .required("x_max", DataTypes.IntegerType, ExponentialFit::xMax)
            .required("slope", DataTypes.DoubleType, ExponentialFit::slope)
            .nullable("slope_stderr", DataTypes.DoubleType, ExponentialFit::slopeStderr)
            .nullable("slope_ci95_low", DataTypes.DoubleType, ExponentialFit::slopeCi95Low)
            .nullable("slope_ci95_high", DataTypes.DoubleType, ExponentialFit::slopeCi95High)
            .required("intercept", DataTypes.DoubleType, ExponentialFit::intercept)
            .nullable("r_squared", DataTypes.DoubleType, ExponentialFit::rSquared);

    /** The fields of {@link #COLUMNS}, for a schema built field by field. */
    public static final List<StructField> FIELDS = List.of(COLUMNS.schema().fields());

    private FitColumns() {}

    /** The fit's values in {@link #FIELDS} order. */
    public static List<Object> values(ExponentialFit fit) {
        return COLUMNS.values(fit);
    }
}
