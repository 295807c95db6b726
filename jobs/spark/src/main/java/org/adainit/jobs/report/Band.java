package org.adainit.jobs.report;

import java.util.List;
import java.util.function.BiFunction;

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

    /** A series of query rows: mean ± spread (a std or a standard error); a null spread draws no band there. */
    public static Band symmetric(SeriesStyle style, QueryResult data, List<List<Object>> rows, String x, String mean,
            String spread) {
        return read(style, data, rows, x, mean, (row, m) -> {
            Double s = data.number(row, spread);
            return s == null ? new double[] {Double.NaN, Double.NaN} : new double[] {m - s, m + s};
        });
    }

    /** A series of query rows: a middle value between a low and a high column, e.g. median within p05..p95. */
    public static Band between(SeriesStyle style, QueryResult data, List<List<Object>> rows, String x, String middle,
            String low, String high) {
        return read(style, data, rows, x, middle,
                (row, m) -> new double[] {orNaN(data.number(row, low)), orNaN(data.number(row, high))});
    }

    /** A series of query rows without spread, e.g. a theoretical prediction stored next to the measurement. */
    public static Band line(SeriesStyle style, QueryResult data, List<List<Object>> rows, String x, String y) {
        return read(style, data, rows, x, y, (row, m) -> new double[] {Double.NaN, Double.NaN});
    }

    private static Band read(SeriesStyle style, QueryResult data, List<List<Object>> rows, String x, String middle,
            BiFunction<List<Object>, Double, double[]> edges) {
        int n = rows.size();
        double[] xs = new double[n];
        double[] mean = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int i = 0; i < n; i++) {
            List<Object> row = rows.get(i);
            xs[i] = data.number(row, x);
            Double m = data.number(row, middle);
            mean[i] = orNaN(m);
            double[] band = m == null ? new double[] {Double.NaN, Double.NaN} : edges.apply(row, m);
            low[i] = band[0];
            high[i] = band[1];
        }
        return new Band(style, xs, mean, low, high);
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
