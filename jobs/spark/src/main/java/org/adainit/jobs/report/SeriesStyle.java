package org.adainit.jobs.report;

import java.awt.Color;

/**
 * How one line of a chart looks and is named in the legend.
 *
 * @param dashed for reference lines (theory, bounds) that are not measurements
 */
public record SeriesStyle(String label, Color color, boolean dashed) {

    public static SeriesStyle solid(String label, Color color) {
        return new SeriesStyle(label, color, false);
    }

    public static SeriesStyle reference(String label, Color color) {
        return new SeriesStyle(label, color, true);
    }
}
