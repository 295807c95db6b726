package org.adainit.jobs.statistics;

/**
 * The direction a fitted slope supports at 95% confidence: the whole interval below zero, above zero, or containing
 * it. Report sentences that state a trend are chosen from this, never written by hand.
 */
public enum Trend {
    /** The 95% interval lies below zero. */
    FALLS,
    /** The 95% interval contains zero. */
    NO_SIGNIFICANT_TREND,
    /** The 95% interval lies above zero. */
    RISES,
    /** Too few points for an interval (two x values, or none at all). */
    UNDETERMINED;

    /** The trend of an interval; nulls (no interval) give {@link #UNDETERMINED}. */
    public static Trend of(Double low, Double high) {
        if (low == null || high == null) {
            return UNDETERMINED;
        }
        if (high < 0) {
            return FALLS;
        }
        return low > 0 ? RISES : NO_SIGNIFICANT_TREND;
    }
}
