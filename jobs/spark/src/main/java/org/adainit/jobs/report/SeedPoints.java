package org.adainit.jobs.report;

/**
 * The cells behind one curve, one marker per seed: filled for a regular cell, hollow for a search that accepted
 * nothing and reports argmax V instead of S^(T) (a fallback), so a reader sees which points are not what the caption's
 * method name promises.
 */
public record SeedPoints(SeriesStyle style, double[] x, double[] y, boolean[] fallback) {

    public SeedPoints {
        if (y.length != x.length || fallback.length != x.length) {
            throw new IllegalArgumentException("x, y and fallback need one value per cell");
        }
    }

    int fallbacks() {
        int count = 0;
        for (boolean f : fallback) {
            count += f ? 1 : 0;
        }
        return count;
    }
}
