package org.adainit.jobs.report;

/**
 * A measured curve with its spread: the mean line and a band (mean ± std over seeds) at each x.
 *
 * @param low lower edge of the band per point; NaN where there is no spread (one seed)
 * @param high upper edge of the band per point; NaN where there is no spread
 */
public record Band(SeriesStyle style, double[] x, double[] mean, double[] low, double[] high) {

    public Band {
        if (mean.length != x.length || low.length != x.length || high.length != x.length) {
            throw new IllegalArgumentException("x, mean, low and high need one value per point");
        }
    }

    /** A line without spread, e.g. a theoretical prediction. */
    public static Band line(SeriesStyle style, double[] x, double[] y) {
        return new Band(style, x, y, nan(x.length), nan(x.length));
    }

    private static double[] nan(int n) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }
}
