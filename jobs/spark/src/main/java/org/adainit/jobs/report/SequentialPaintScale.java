package org.adainit.jobs.report;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * A light-to-dark colour ramp for heat maps (between the ends of ColorBrewer's "Oranges"), so the darkest cell is
 * the largest value, as in the paper's Fig. 7.
 */
final class SequentialPaintScale implements PaintScale, Serializable {

    private static final Color LIGHT = new Color(0xFFF5EB);
    private static final Color DARK = new Color(0x7F2704);

    private final double lower;
    private final double upper;

    SequentialPaintScale(double lower, double upper) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        double f = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        return new Color(mix(LIGHT.getRed(), DARK.getRed(), f), mix(LIGHT.getGreen(), DARK.getGreen(), f),
                mix(LIGHT.getBlue(), DARK.getBlue(), f));
    }

    private static int mix(int from, int to, double f) {
        return (int) Math.round(from + (to - from) * f);
    }
}
