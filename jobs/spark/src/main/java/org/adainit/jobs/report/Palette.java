package org.adainit.jobs.report;

import java.awt.Color;
import java.util.List;

/**
 * Colours of the report: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies and
 * readable on white (its yellow is left out for that reason). Each role keeps one colour in every figure, so a reader
 * who learnt "vermillion is the LLM" can rely on it.
 */
public final class Palette {

    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color PURPLE = new Color(0xCC79A7);
    public static final Color SKY = new Color(0x56B4E9);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color GREY = new Color(0x555555);
    public static final Color BLACK = Color.BLACK;

    /** For series that have no role of their own (structures in a trace chart), in a fixed order. */
    private static final List<Color> CYCLE = List.of(BLUE, VERMILLION, GREEN, PURPLE, SKY, ORANGE, GREY, BLACK);

    /** How many series {@link #cycle(int)} colours before it repeats. */
    public static final int SIZE = CYCLE.size();

    private Palette() {}

    public static Color cycle(int index) {
        return CYCLE.get(Math.floorMod(index, CYCLE.size()));
    }
}
