package org.adainit.simulator.init;

/**
 * The support of a prior, the closed interval [lower, upper] its draws fall in; a bound is infinite where the law has
 * none (the normal laws). A search that should stay where the prior puts mass maps its proposals back with
 * {@link #reflect(double)}.
 */
public record Support(double lower, double upper) {

    public static final Support REAL_LINE = new Support(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public Support {
        if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("a support needs lower < upper, got [" + lower + ", " + upper + "]");
        }
    }

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /**
     * {@code value} folded back into the support by mirror reflection at the bounds, as a reflecting boundary does
     * (lower − d ↦ lower + d, upper + d ↦ upper − d, repeatedly for steps longer than the interval). Unlike clipping,
     * it does not pile proposals up on the bounds. Values inside, and every value of an unbounded side, are returned
     * unchanged.
     */
    public double reflect(double value) {
        if (contains(value)) {
            return value;
        }
        if (Double.isInfinite(upper)) {
            return Math.max(lower, 2 * lower - value);
        }
        if (Double.isInfinite(lower)) {
            return Math.min(upper, 2 * upper - value);
        }
        // Reflection at both bounds is periodic with period 2·width: fold into one period, then mirror its second half.
        double width = upper - lower;
        double offset = value - lower;
        double folded = offset - 2 * width * Math.floor(offset / (2 * width));
        double reflected = folded <= width ? lower + folded : upper - (folded - width);
        // Rounding in the fold can land an ulp outside; the bound itself is the exact answer there.
        return Math.min(upper, Math.max(lower, reflected));
    }

    @Override
    public String toString() {
        return "[" + lower + ", " + upper + "]";
    }
}
