package org.adainit.jobs.report;

import java.util.Locale;
import org.adainit.jobs.statistics.Trend;

/**
 * The only words the report uses for a trend, chosen by the fitted ln-slope's 95% interval ({@link Trend}): "falls by
 * a factor … per qubit" only when the whole interval is below zero, "rises" only when it is above, "no significant
 * trend" when it contains zero, and no claim at all without an interval. Every sentence carries the numbers it rests
 * on and, where one exists, the theory line (−ln 2 per qubit, McClean et al. 2018).
 */
final class TrendSentence {

    private TrendSentence() {}

    /**
     * @param subject what varies, e.g. "Classic (L = 2)"
     * @param unit the axis' unit, singular: "qubit" or "layer"
     * @param stderr null together with the interval (two points)
     * @param theory the theory slope to print beside the fit; null for none
     */
    static String of(String subject, String unit, double slope, Double stderr, Double low, Double high,
            Double theory) {
        String numbers = "ln-slope " + signed(slope) + (stderr == null ? "" : " ± " + number(stderr))
                + (low == null ? "" : ", 95% CI " + signed(low) + " … " + signed(high))
                + (theory == null ? "" : "; theory " + signed(theory));
        return switch (Trend.of(low, high)) {
            case FALLS -> subject + " falls by a factor of " + number(Math.exp(-slope)) + " per " + unit + " ("
                    + numbers + ").";
            case RISES -> subject + " rises by a factor of " + number(Math.exp(slope)) + " per " + unit + " ("
                    + numbers + ").";
            case NO_SIGNIFICANT_TREND -> subject + " shows no significant trend with the " + unit + " count ("
                    + numbers + "; the interval contains 0).";
            case UNDETERMINED -> subject + ": too few points for a trend (" + numbers + ", no interval).";
        };
    }

    /** Three significant digits, e.g. 0.152, 1.93, 2.1e-05. */
    static String number(double value) {
        double magnitude = Math.abs(value);
        return magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e4)
                ? String.format(Locale.ROOT, "%.2e", value)
                : String.format(Locale.ROOT, "%.3g", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : value < 0 ? "−" : "") + number(Math.abs(value));
    }
}
