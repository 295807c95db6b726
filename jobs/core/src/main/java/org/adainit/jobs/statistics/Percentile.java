package org.adainit.jobs.statistics;

/** Percentiles of a sorted sample, for the percentile-bootstrap intervals (Efron & Tibshirani 1993, §13.3). */
final class Percentile {

    private Percentile() {}

    /** Linear interpolation between order statistics (type 7 of Hyndman & Fan 1996, numpy's default). */
    static double of(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
